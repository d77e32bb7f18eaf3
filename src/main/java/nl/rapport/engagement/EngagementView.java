package nl.rapport.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.Driver;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.engagement.engine.Evidence;
import nl.rapport.platform.Messages;

/** The engagement profile as the API contract shapes it: flat scores, then the evidence. */
public record EngagementView(
    UUID accountId,
    Integer identificationScore,
    Integer experienceScore,
    Integer participationScore,
    Integer appreciationScore,
    Integer sensationScore,
    Integer relationalRelevanceScore,
    Integer engagementScore,
    EngagementLevel engagementLevel,
    int churnRiskScore,
    ChurnRiskBucket churnRiskBucket,
    Instant lastPersonalContactAt,
    Instant personalContactDue,
    Instant computedAt,
    List<Row> evidence)
    implements java.io.Serializable {

  /** {@code {"driver", "effect", "reason", "interactionId"}}, plus the stable message code. */
  public record Row(Driver driver, double effect, String reason, String code, UUID interactionId)
      implements java.io.Serializable {}

  public static EngagementView of(EngagementProfile p, List<Evidence> evidence, Locale locale) {
    return new EngagementView(
        p.getAccountId(),
        p.getIdentification(),
        p.getExperience(),
        p.getParticipation(),
        p.getAppreciation(),
        p.getSensation(),
        p.getRelationalRelevance(),
        p.getEngagement(),
        p.getLevel(),
        p.getChurnRisk(),
        p.getChurnBucket(),
        p.getLastPersonalContactAt(),
        p.getPersonalContactDue(),
        p.getComputedAt(),
        evidence.stream()
            .map(
                e ->
                    new Row(
                        e.driver(),
                        e.effect(),
                        Messages.format(locale, e.code(), e.args()),
                        e.code(),
                        e.interactionId()))
            .toList());
  }
}
