package nl.rapport.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.rapport.platform.Feed;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.SyncPosition;
import nl.rapport.platform.SyncWindow;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /interactions}: the delta feed of contact moments over every account the caller sees,
 * for a system that mirrors the contact log. There is no unfiltered list: timelines are per account
 * ({@code /accounts/{id}/interactions}).
 */
@RequestScoped
@Path("interactions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact log")
@ApiScope("interactions")
public class InteractionFeedResource {

  @Inject private InteractionService interactions;

  @GET
  @Operation(
      summary = "Delta feed of contact moments: updatedSince to start, then nextCursor",
      description =
          "Contact moments recorded or changed (redacted by an erasure) in (updatedAt, id) order,"
              + " corrected ones too; {items, size, nextCursor, more}. A private note's summary is"
              + " null for callers who do not read the account's private notes.")
  public Feed<InteractionView> changes(
      @QueryParam("updatedSince")
          @Parameter(
              description = "start of the feed (inclusive), ISO-8601 UTC",
              example = "2026-01-31T00:00:00Z")
          String updatedSince,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page")
          String cursor,
      @QueryParam("size") @Parameter(description = "page size, 1..500 (default 100)") String size) {
    SyncPosition from =
        SyncPosition.of(updatedSince, cursor)
            .orElseThrow(
                () ->
                    RapportException.badRequest(
                        "updatedSince",
                        "give updatedSince (ISO-8601, e.g. 1970-01-01T00:00:00Z for everything)"
                            + " or a cursor"));
    return interactions
        .changes(from, SyncWindow.size(size))
        .map(r -> InteractionView.of(r.interaction(), r.readsPrivateNote()));
  }
}
