package nl.rapport.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.rapport.platform.Params;
import nl.rapport.platform.Versioning;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("contacts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
@ApiScope("accounts")
public class ContactResource {

  @Inject private AccountService accounts;

  @GET
  public Response get(@PathParam("id") String id) {
    Contact contact = accounts.contact(Params.id(id, "Contact"));
    return Response.ok(ContactView.of(contact)).tag(Versioning.etag(contact.getVersion())).build();
  }

  @PUT
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ContactInput input) {
    UUID contactId = Params.id(id, "Contact");
    accounts.contact(contactId);
    Contact contact = accounts.updateContact(contactId, Versioning.expectedVersion(ifMatch), input);
    return Response.ok(ContactView.of(contact)).tag(Versioning.etag(contact.getVersion())).build();
  }

  @DELETE
  public Response remove(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    Long expected = ifMatch == null ? null : Versioning.expectedVersion(ifMatch);
    accounts.removeContact(Params.id(id, "Contact"), expected);
    return Response.noContent().build();
  }
}
