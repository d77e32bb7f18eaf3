package nl.rapport.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contact's consent per purpose, as a history; marketing e-mail with double opt-in. */
@RequestScoped
@Path("contacts/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class ContactConsentsResource {

  @Inject private PrivacyService privacy;

  public record ConsentInput(
      @NotNull ConsentPurpose purpose, @NotNull Boolean granted, @Size(max = 200) String source) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public ConsentInput(ConsentPurpose purpose, Boolean granted, String source) {
      this.purpose = purpose;
      this.granted = granted;
      this.source = source;
    }
  }

  @GET
  @ApiScope("privacy:write")
  @Operation(summary = "The contact's consent history, newest first")
  public List<ConsentView> history(@PathParam("id") String id) {
    return privacy.consents(Params.id(id, "Contact")).stream().map(ConsentView::of).toList();
  }

  @POST
  @ApiScope("privacy:write")
  @Operation(
      summary = "Record consent given or withdrawn",
      description =
          "MARKETING_EMAIL given is PENDING until the person opens the link in the confirmation"
              + " mail (double opt-in); a withdrawal counts at once.")
  public Response record(@PathParam("id") String id, @Valid @NotNull ConsentInput input) {
    Consent consent =
        privacy.record(Params.id(id, "Contact"), input.purpose(), input.granted(), input.source());
    return Response.status(Response.Status.CREATED).entity(ConsentView.of(consent)).build();
  }
}
