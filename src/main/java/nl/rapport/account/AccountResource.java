package nl.rapport.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.SyncPosition;
import nl.rapport.platform.SyncWindow;
import nl.rapport.platform.Versioning;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
/**
 * One account and its contacts. The list ({@code GET /accounts}) filters on engagement too, which
 * the account feature does not know: {@code segment.AccountSearchResource} serves it.
 */
@ApiScope("accounts")
public class AccountResource {

  @Inject private AccountService accounts;
  @Context private UriInfo uriInfo;

  @POST
  @Counted(name = "accounts_created", absolute = true, description = "Accounts created")
  @Operation(summary = "Create an account (owner defaults to the caller)")
  public Response create(@Valid @NotNull AccountInput input) {
    Account account = accounts.create(input);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(account.getId().toString()).build())
        .tag(Versioning.etag(account.getVersion()))
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    Account account = accounts.get(Params.id(id, "Account"));
    return Response.ok(AccountView.of(account)).tag(Versioning.etag(account.getVersion())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace an account's details; needs If-Match with the ETag from GET")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull AccountInput input) {
    UUID accountId = Params.id(id, "Account");
    accounts.get(accountId);
    Account account = accounts.update(accountId, Versioning.expectedVersion(ifMatch), input);
    return Response.ok(AccountView.of(account)).tag(Versioning.etag(account.getVersion())).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Archive an account (lifecycle FORMER); history is kept")
  public Response archive(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    Long expected = ifMatch == null ? null : Versioning.expectedVersion(ifMatch);
    accounts.archive(Params.id(id, "Account"), expected);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/contacts")
  @Operation(
      summary = "The account's contacts; with updatedSince or cursor, its delta feed",
      description =
          "Without parameters: the current contacts by name (a page holding all). With updatedSince"
              + " (ISO-8601) or cursor: a feed {items, size, nextCursor, more} in order of change,"
              + " removed and erased contacts included (removed: true, erasedAt set).")
  public Object contacts(
      @PathParam("id") String id,
      @QueryParam("updatedSince")
          @Parameter(
              description = "start of a delta feed (inclusive), ISO-8601 UTC",
              example = "2026-01-31T00:00:00Z")
          String updatedSince,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous feed page")
          String cursor,
      @QueryParam("size") @Parameter(description = "feed page size, 1..500 (default 100)")
          String size) {
    UUID accountId = Params.id(id, "Account");
    Optional<SyncPosition> from = SyncPosition.of(updatedSince, cursor);
    if (from.isPresent()) {
      return accounts
          .contactChanges(accountId, from.get(), SyncWindow.size(size))
          .map(ContactView::of);
    }
    if (size != null) {
      throw RapportException.badRequest("size", "size pages a delta feed (with updatedSince)");
    }
    var list = accounts.contacts(accountId).stream().map(ContactView::of).toList();
    return Page.all(list);
  }

  @POST
  @Path("{id}/contacts")
  public Response addContact(@PathParam("id") String id, @Valid @NotNull ContactInput input) {
    Contact contact = accounts.addContact(Params.id(id, "Account"), input);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("contacts").path(contact.getId().toString()).build())
        .tag(Versioning.etag(contact.getVersion()))
        .entity(ContactView.of(contact))
        .build();
  }
}
