package nl.rapport.segment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.rapport.account.AccountQuery;
import nl.rapport.account.AccountService;
import nl.rapport.account.AccountView;
import nl.rapport.account.Lifecycle;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.SyncPosition;
import nl.rapport.platform.SyncWindow;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /accounts}: the account list with its filters. It lives here, beside the segments,
 * because filtering accounts by engagement is an unsaved segment: the same read model over accounts
 * and engagement profiles ({@link SegmentFilter}). The rest of {@code /accounts} is the account
 * feature's {@code AccountResource}; JAX-RS merges root resources with the same path.
 */
@RequestScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@ApiScope("accounts")
public class AccountSearchResource {

  @Inject private AccountService accounts;

  @GET
  @Operation(
      summary = "The accounts the caller may see, paged; with updatedSince or cursor, a delta feed",
      description =
          "Without updatedSince and cursor: a page {items, page, size, total} by the filters and"
              + " sort, archived accounts only when asked for. With updatedSince (ISO-8601,"
              + " inclusive) or cursor (the previous answer's nextCursor): a delta feed {items,"
              + " size, nextCursor, more} of every change in (updatedAt, id) order, archived"
              + " accounts included; following nextCursor never skips or repeats a change. A feed"
              + " takes only size (1..500, default 100); other filters are 400.")
  public Object list(
      @QueryParam("updatedSince")
          @Parameter(
              description = "start of a delta feed (inclusive), ISO-8601 UTC",
              example = "2026-01-31T00:00:00Z")
          String updatedSince,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous feed page")
          String cursor,
      @QueryParam("q") @Parameter(description = "text in name or industry") String q,
      @QueryParam("relationshipType") String relationshipType,
      @QueryParam("owner") String owner,
      @QueryParam("lifecycle") String lifecycle,
      @QueryParam("engagementLevel") String engagementLevel,
      @QueryParam("churnRisk") String churnRisk,
      @QueryParam("sort") @Parameter(description = "NAME (default), LAST_PERSONAL_CONTACT, ...")
          String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Optional<SyncPosition> from = SyncPosition.of(updatedSince, cursor);
    if (from.isPresent()) {
      refuseWithFeed("q", q);
      refuseWithFeed("relationshipType", relationshipType);
      refuseWithFeed("owner", owner);
      refuseWithFeed("lifecycle", lifecycle);
      refuseWithFeed("engagementLevel", engagementLevel);
      refuseWithFeed("churnRisk", churnRisk);
      refuseWithFeed("sort", sort);
      refuseWithFeed("page", page);
      return accounts.changes(from.get(), SyncWindow.size(size)).map(AccountView::of);
    }
    AccountQuery.SortField sortField = Params.enumValue(AccountQuery.SortField.class, sort, "sort");
    AccountQuery query =
        new AccountQuery(
            q,
            Params.enumValue(RelationshipType.class, relationshipType, "relationshipType"),
            owner,
            Params.enumValue(Lifecycle.class, lifecycle, "lifecycle"),
            sortField == null ? AccountQuery.SortField.NAME : sortField,
            true);
    EngagementLevel level =
        Params.enumValue(EngagementLevel.class, engagementLevel, "engagementLevel");
    ChurnRiskBucket bucket = Params.enumValue(ChurnRiskBucket.class, churnRisk, "churnRisk");
    if (level != null || bucket != null) {
      query =
          query.where(
              SegmentFilter.matching(
                  SegmentCriteria.everyone()
                      .withEngagement(
                          level == null ? List.of() : List.of(level),
                          bucket == null ? List.of() : List.of(bucket))));
    }
    return accounts.search(query, Params.page(page, size)).map(AccountView::of);
  }

  /** A feed is every change in one order: a filter or another order would break its cursor. */
  private static void refuseWithFeed(String name, String value) {
    if (value != null) {
      throw RapportException.badRequest(
          name, name + " does not go with updatedSince or cursor: a delta feed holds every change");
    }
  }
}
