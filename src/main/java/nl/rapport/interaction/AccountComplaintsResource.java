package nl.rapport.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{id}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
@ApiScope("interactions")
public class AccountComplaintsResource {

  @Inject private InteractionService interactions;

  @GET
  @Operation(summary = "The account's complaints, newest first; a COMPLAINT interaction opens one")
  public Page<ComplaintView> complaints(@PathParam("id") String id) {
    List<ComplaintView> list =
        interactions.complaints(Params.id(id, "Account")).stream().map(ComplaintView::of).toList();
    return Page.all(list);
  }
}
