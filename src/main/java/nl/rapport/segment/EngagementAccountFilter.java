package nl.rapport.segment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.rapport.account.AccountCondition;
import nl.rapport.account.EngagementFilter;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.platform.Params;
import nl.rapport.platform.Screens;

/** The accounts list's engagement filters, as the API's {@code GET /accounts} applies them. */
@ApplicationScoped
public class EngagementAccountFilter implements EngagementFilter {

  @Override
  public List<Choice> levels() {
    return Arrays.stream(EngagementLevel.values())
        .map(l -> new Choice(l.name(), Screens.label(l)))
        .toList();
  }

  @Override
  public List<Choice> churnBuckets() {
    return Arrays.stream(ChurnRiskBucket.values())
        .map(b -> new Choice(b.name(), Screens.label(b)))
        .toList();
  }

  @Override
  public Optional<AccountCondition> condition(String level, String churnBucket) {
    EngagementLevel l =
        Params.enumValue(EngagementLevel.class, blankToNull(level), "engagementLevel");
    ChurnRiskBucket b =
        Params.enumValue(ChurnRiskBucket.class, blankToNull(churnBucket), "churnRisk");
    if (l == null && b == null) {
      return Optional.empty();
    }
    return Optional.of(
        SegmentFilter.matching(
            SegmentCriteria.everyone()
                .withEngagement(
                    l == null ? List.of() : List.of(l), b == null ? List.of() : List.of(b))));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
