package nl.rapport.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("complaints/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
@ApiScope("interactions")
public class ComplaintResource {

  @Inject private InteractionService interactions;

  @POST
  @Path("resolve")
  @Operation(summary = "Resolve a complaint; the recovery quality is derived")
  public ComplaintView resolve(@PathParam("id") String id, @Valid @NotNull Resolution resolution) {
    return ComplaintView.of(interactions.resolve(Params.id(id, "Complaint"), resolution));
  }
}
