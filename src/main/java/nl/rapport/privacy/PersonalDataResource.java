package nl.rapport.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contact's personal data: the export (GET) and the erasure (DELETE) of GDPR. */
@RequestScoped
@Path("contacts/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PersonalDataResource {

  @Inject private PrivacyService privacy;

  @GET
  @ApiScope("privacy:write")
  @Operation(
      summary = "Everything held about the person, machine-readable",
      description =
          "For the account's managers, administrators and systems with privacy:write; a"
              + " system does not receive private notes' summaries.")
  public PersonalData export(@PathParam("id") String id) {
    return privacy.export(Params.id(id, "Contact"));
  }

  @DELETE
  @ApiScope("privacy:write")
  @Operation(
      summary = "Erase the person: anonymise the contact and the texts that name them",
      description =
          "Scores, counts and the moments' channels stay; audited as ERASE; repeating it is"
              + " harmless (204 again).")
  public Response erase(@PathParam("id") String id) {
    privacy.erase(Params.id(id, "Contact"));
    return Response.noContent().build();
  }
}
