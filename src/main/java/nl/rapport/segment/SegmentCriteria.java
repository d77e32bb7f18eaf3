package nl.rapport.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.platform.StrictJson;

/**
 * A segment's filter over accounts. Every criterion is optional; criteria are AND-ed, the values
 * inside a list are OR-ed. Unknown fields and values are refused (400), never ignored.
 */
@StrictJson
public record SegmentCriteria(
    List<RelationshipType> relationshipTypes,
    List<EngagementLevel> engagementLevels,
    List<ChurnRiskBucket> churnRiskBuckets,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> industries,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> countries,
    @Size(max = 20) List<@NotBlank @Size(max = 64) String> owners,
    @Min(0) @Max(100) Integer minEngagementScore,
    @Min(0) @Max(100) Integer maxEngagementScore,
    LocalDate lastPersonalContactBefore,
    LocalDate lastPersonalContactAfter,
    Boolean communityMember,
    Boolean socialActivator)
    implements java.io.Serializable {

  /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
  public SegmentCriteria(
      List<RelationshipType> relationshipTypes,
      List<EngagementLevel> engagementLevels,
      List<ChurnRiskBucket> churnRiskBuckets,
      List<String> industries,
      List<String> countries,
      List<String> owners,
      Integer minEngagementScore,
      Integer maxEngagementScore,
      LocalDate lastPersonalContactBefore,
      LocalDate lastPersonalContactAfter,
      Boolean communityMember,
      Boolean socialActivator) {
    this.relationshipTypes = clean(relationshipTypes);
    this.engagementLevels = clean(engagementLevels);
    this.churnRiskBuckets = clean(churnRiskBuckets);
    this.industries = clean(industries);
    this.countries = clean(countries);
    this.owners = clean(owners);
    this.minEngagementScore = minEngagementScore;
    this.maxEngagementScore = maxEngagementScore;
    this.lastPersonalContactBefore = lastPersonalContactBefore;
    this.lastPersonalContactAfter = lastPersonalContactAfter;
    this.communityMember = communityMember;
    this.socialActivator = socialActivator;
  }

  private static <T> List<T> clean(List<T> values) {
    return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
  }

  public static SegmentCriteria everyone() {
    return new SegmentCriteria(
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** These criteria with only the given engagement levels and churn-risk buckets. */
  public SegmentCriteria withEngagement(
      List<EngagementLevel> levels, List<ChurnRiskBucket> buckets) {
    return new SegmentCriteria(
        relationshipTypes,
        levels,
        buckets,
        industries,
        countries,
        owners,
        minEngagementScore,
        maxEngagementScore,
        lastPersonalContactBefore,
        lastPersonalContactAfter,
        communityMember,
        socialActivator);
  }

  /** The field that makes these criteria impossible to match, if any. */
  public Optional<String> contradiction() {
    if (minEngagementScore != null
        && maxEngagementScore != null
        && minEngagementScore > maxEngagementScore) {
      return Optional.of("minEngagementScore");
    }
    if (lastPersonalContactBefore != null
        && lastPersonalContactAfter != null
        && !lastPersonalContactAfter.isBefore(lastPersonalContactBefore)) {
      return Optional.of("lastPersonalContactAfter");
    }
    return Optional.empty();
  }
}
