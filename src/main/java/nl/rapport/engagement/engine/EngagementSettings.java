package nl.rapport.engagement.engine;

import java.util.function.Function;
import nl.rapport.account.RelationshipType;

/**
 * Every weight, threshold, half-life and cadence of the engine, read from MicroProfile Config under
 * {@code rapport.engagement.*}; docs/scoring.md explains them, docs/configuration.md lists them.
 */
public record EngagementSettings(
    double halfLifeDays,
    double peakWeight,
    double endWeight,
    double peakWindowHalfLives,
    double identificationWeight,
    double experienceWeight,
    double relationalWeight,
    double relationalSaturation,
    double communityMemberPoints,
    double socialActivatorPoints,
    double goodRecoveryPoints,
    double fairRecoveryPoints,
    double poorRecoveryPoints,
    double openComplaintPoints,
    double transactionalFrom,
    double loyalFrom,
    double fanFrom,
    double ambassadorFrom,
    int advocacyWindowDays,
    int highEffortMax,
    int detractorMax,
    double highEffortRisk,
    double openComplaintRisk,
    double poorRecoveryRisk,
    double detractorRisk,
    double overdueRisk,
    double digitalOnlyRisk,
    int digitalOnlyWindowDays,
    double mediumRiskFrom,
    double highRiskFrom,
    int communalCadenceDays,
    int marketCadenceDays,
    int unframedCadenceDays) {

  /**
   * Reads each setting by its key suffix, e.g. "half-life-days". There are no defaults in code:
   * they are in META-INF/microprofile-config.properties, and a missing one is refused.
   */
  public static EngagementSettings from(Function<String, String> source) {
    Reader r = new Reader(source);
    return new EngagementSettings(
        r.d("half-life-days"),
        r.d("experience.peak-weight"),
        r.d("experience.end-weight"),
        r.d("experience.peak-window-half-lives"),
        r.d("weight.identification"),
        r.d("weight.experience"),
        r.d("weight.relational-relevance"),
        r.d("relational.saturation"),
        r.d("identification.community-member-points"),
        r.d("identification.social-activator-points"),
        r.d("experience.good-recovery-points"),
        r.d("experience.fair-recovery-points"),
        r.d("experience.poor-recovery-points"),
        r.d("experience.open-complaint-points"),
        r.d("level.transactional-from"),
        r.d("level.loyal-from"),
        r.d("level.fan-from"),
        r.d("level.ambassador-from"),
        r.i("advocacy-window-days"),
        r.i("churn.high-effort-max-ces"),
        r.i("churn.detractor-max-nps"),
        r.d("churn.high-effort-risk"),
        r.d("churn.open-complaint-risk"),
        r.d("churn.poor-recovery-risk"),
        r.d("churn.detractor-risk"),
        r.d("churn.overdue-risk"),
        r.d("churn.digital-only-risk"),
        r.i("churn.digital-only-window-days"),
        r.d("churn.medium-from"),
        r.d("churn.high-from"),
        r.i("cadence.communal-sharing-days"),
        r.i("cadence.market-pricing-days"),
        r.i("cadence.unframed-days"));
  }

  /** Days between personal contacts this relationship type needs (communal accounts need more). */
  public int cadenceDays(RelationshipType type) {
    return switch (type == null ? RelationshipType.UNFRAMED : type) {
      case COMMUNAL_SHARING -> communalCadenceDays;
      case MARKET_PRICING -> marketCadenceDays;
      case UNFRAMED -> unframedCadenceDays;
    };
  }

  private record Reader(Function<String, String> source) {
    double d(String key) {
      return Double.parseDouble(value(key));
    }

    int i(String key) {
      return Integer.parseInt(value(key));
    }

    private String value(String key) {
      String value = source.apply(key);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("no value for engagement setting " + key);
      }
      return value.strip();
    }
  }
}
