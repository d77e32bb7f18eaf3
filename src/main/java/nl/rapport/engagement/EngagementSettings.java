package nl.rapport.engagement;

import java.util.function.Function;
import nl.rapport.relationship.RelationshipType;

/**
 * Every weight, threshold, half-life and cadence of the engine, with the defaults documented in
 * docs/scoring.md. Read from MicroProfile Config under {@code rapport.engagement.*}.
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

  public static EngagementSettings defaults() {
    return from(key -> null);
  }

  /** Reads each setting by its key suffix, e.g. "half-life-days"; null means the default. */
  public static EngagementSettings from(Function<String, String> source) {
    Reader r = new Reader(source);
    return new EngagementSettings(
        r.d("half-life-days", 180),
        r.d("experience.peak-weight", 0.4),
        r.d("experience.end-weight", 0.4),
        r.d("experience.peak-window-half-lives", 2),
        r.d("weight.identification", 0.3),
        r.d("weight.experience", 0.4),
        r.d("weight.relational-relevance", 0.3),
        r.d("relational.saturation", 1.5),
        r.d("identification.community-member-points", 75),
        r.d("identification.social-activator-points", 90),
        r.d("experience.good-recovery-points", 100),
        r.d("experience.fair-recovery-points", 60),
        r.d("experience.poor-recovery-points", 15),
        r.d("experience.open-complaint-points", 0),
        r.d("level.transactional-from", 20),
        r.d("level.loyal-from", 40),
        r.d("level.fan-from", 60),
        r.d("level.ambassador-from", 80),
        r.i("advocacy-window-days", 365),
        r.i("churn.high-effort-max-ces", 3),
        r.i("churn.detractor-max-nps", 6),
        r.d("churn.high-effort-risk", 15),
        r.d("churn.open-complaint-risk", 30),
        r.d("churn.poor-recovery-risk", 20),
        r.d("churn.detractor-risk", 15),
        r.d("churn.overdue-risk", 20),
        r.d("churn.digital-only-risk", 15),
        r.i("churn.digital-only-window-days", 180),
        r.d("churn.medium-from", 30),
        r.d("churn.high-from", 60),
        r.i("cadence.communal-sharing-days", 30),
        r.i("cadence.market-pricing-days", 60),
        r.i("cadence.unframed-days", 90));
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
    double d(String key, double fallback) {
      String value = source.apply(key);
      return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    }

    int i(String key, int fallback) {
      String value = source.apply(key);
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
  }
}
