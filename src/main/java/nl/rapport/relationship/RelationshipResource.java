package nl.rapport.relationship;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountService;
import nl.rapport.platform.Params;
import nl.rapport.platform.Versioning;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{id}/relationship")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationship type")
@ApiScope("accounts")
public class RelationshipResource {

  @Inject private AccountService accounts;
  @Inject private RelationshipService relationships;

  @GET
  @Operation(summary = "Current type, framing at acquisition and the full history")
  public Response get(@PathParam("id") String id) {
    Account account = accounts.get(Params.id(id, "Account"));
    return Response.ok(view(account)).tag(Versioning.etag(account.getVersion())).build();
  }

  @POST
  @Operation(
      summary = "Change the relationship type",
      description =
          "Needs a reason. The first move out of UNFRAMED sets framingAtAcquisition for good."
              + " If-Match (the account's ETag) is optional here.")
  public Response transition(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull TransitionRequest request) {
    UUID accountId = Params.id(id, "Account");
    Long expected = ifMatch == null ? null : Versioning.expectedVersion(ifMatch);
    accounts.reframe(accountId, request.to(), request.reason(), expected);
    Account account = accounts.get(accountId);
    return Response.ok(view(account)).tag(Versioning.etag(account.getVersion())).build();
  }

  private RelationshipView view(Account account) {
    return RelationshipView.of(
        account.getRelationshipType(),
        account.getFramingAtAcquisition(),
        relationships.history(account.getId()));
  }
}
