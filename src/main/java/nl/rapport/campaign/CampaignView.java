package nl.rapport.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;

/** A campaign as the API and the screens show it. */
public record CampaignView(
    UUID id,
    String name,
    List<String> values,
    RelationshipType framing,
    CampaignGoal goal,
    boolean financialIncentive,
    Channel channel,
    UUID segmentId,
    LocalDate startsOn,
    LocalDate endsOn,
    CampaignStatus status,
    String approvedBy,
    Instant approvedAt,
    String overrideReason,
    String createdBy,
    Instant createdAt)
    implements java.io.Serializable {

  public static CampaignView of(Campaign c) {
    return new CampaignView(
        c.getId(),
        c.getName(),
        c.getValues(),
        c.getFraming(),
        c.getGoal(),
        c.isFinancialIncentive(),
        c.getChannel(),
        c.getSegmentId(),
        c.getStartsOn(),
        c.getEndsOn(),
        c.getStatus(),
        c.getApprovedBy(),
        c.getApprovedAt(),
        c.getOverrideReason(),
        c.getCreatedBy(),
        c.getCreatedAt());
  }

  public String valuesText() {
    return String.join(", ", values);
  }
}
