package nl.rapport.segment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.rapport.account.AccountQuery;
import nl.rapport.account.AccountService;
import nl.rapport.account.AccountView;
import nl.rapport.account.Lifecycle;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
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
  @Operation(summary = "The accounts the caller may see, paged; archived ones only when asked for")
  public Page<AccountView> list(
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
}
