package nl.rapport.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;

/**
 * {@code {"name", "values", "framing", "goal", "financialIncentive", "channel", "segmentId",
 * "startsOn", "endsOn", "status"}}; {@code status} only moves an approved campaign on.
 */
public record CampaignInput(
    @NotBlank @Size(max = 200) String name,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> values,
    @NotNull RelationshipType framing,
    @NotNull CampaignGoal goal,
    Boolean financialIncentive,
    Channel channel,
    @NotNull UUID segmentId,
    LocalDate startsOn,
    LocalDate endsOn,
    CampaignStatus status) {

  /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
  public CampaignInput(
      String name,
      List<String> values,
      RelationshipType framing,
      CampaignGoal goal,
      Boolean financialIncentive,
      Channel channel,
      UUID segmentId,
      LocalDate startsOn,
      LocalDate endsOn,
      CampaignStatus status) {
    this.name = name;
    this.values = values;
    this.framing = framing;
    this.goal = goal;
    this.financialIncentive = financialIncentive;
    this.channel = channel;
    this.segmentId = segmentId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.status = status;
  }
}
