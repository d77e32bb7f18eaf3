package nl.rapport.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.platform.RapportException;

/** A brand-identity campaign towards a segment's contacts, guarded by relationship norms. */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_value", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "position")
  @Column(name = "brand_value")
  private List<String> values = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RelationshipType framing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignGoal goal;

  @Column(name = "financial_incentive", nullable = false)
  private boolean financialIncentive;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Column(name = "segment_id", nullable = false)
  private UUID segmentId;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignStatus status = CampaignStatus.DRAFT;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "override_reason", length = 1000)
  private String overrideReason;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Campaign() {}

  Campaign(String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void plan(
      String name,
      List<String> values,
      RelationshipType framing,
      CampaignGoal goal,
      boolean financialIncentive,
      Channel channel,
      UUID segmentId,
      LocalDate startsOn,
      LocalDate endsOn) {
    if (status != CampaignStatus.DRAFT) {
      throw RapportException.conflict(
          "Only a draft campaign can be changed; this one is " + status + ".");
    }
    if (framing == RelationshipType.UNFRAMED) {
      throw RapportException.invalid("framing", "framing is MARKET_PRICING or COMMUNAL_SHARING");
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw RapportException.invalid("endsOn", "endsOn cannot be before startsOn");
    }
    this.name = name;
    this.values = new ArrayList<>(values.stream().map(String::strip).distinct().toList());
    this.framing = framing;
    this.goal = goal;
    this.financialIncentive = financialIncentive;
    this.channel = channel;
    this.segmentId = segmentId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  /** Only a draft can be approved (409 otherwise): checked before the brand checks run. */
  void checkApprovable() {
    if (status != CampaignStatus.DRAFT) {
      throw RapportException.conflict(
          "Only a draft campaign can be approved; this one is " + status + ".");
    }
  }

  void approve(String by, Instant at, String overrideReason) {
    checkApprovable();
    this.status = CampaignStatus.APPROVED;
    this.approvedBy = by;
    this.approvedAt = at;
    this.overrideReason = overrideReason;
  }

  /**
   * DRAFT → APPROVED (through approve) → ACTIVE → COMPLETED; anything not finished may be
   * CANCELLED.
   */
  void moveTo(CampaignStatus to) {
    boolean allowed =
        switch (to) {
          case ACTIVE -> status == CampaignStatus.APPROVED;
          case COMPLETED -> status == CampaignStatus.ACTIVE;
          case CANCELLED ->
              status != CampaignStatus.COMPLETED && status != CampaignStatus.CANCELLED;
          case DRAFT, APPROVED -> false;
        };
    if (!allowed) {
      throw RapportException.invalid(
          "status",
          "a "
              + status
              + " campaign cannot become "
              + to
              + (to == CampaignStatus.APPROVED ? " (use POST /campaigns/{id}/approve)" : ""));
    }
    this.status = to;
  }

  public boolean isLive() {
    return Set.of(CampaignStatus.APPROVED, CampaignStatus.ACTIVE).contains(status);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public List<String> getValues() {
    return List.copyOf(values);
  }

  public RelationshipType getFraming() {
    return framing;
  }

  public CampaignGoal getGoal() {
    return goal;
  }

  public boolean isFinancialIncentive() {
    return financialIncentive;
  }

  public Channel getChannel() {
    return channel;
  }

  public UUID getSegmentId() {
    return segmentId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
