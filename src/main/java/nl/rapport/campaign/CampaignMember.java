package nl.rapport.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.platform.RapportException;

/**
 * One contact in a campaign's audience: targeted or suppressed (with why), later sent, responded,
 * converted.
 */
@Entity
@Table(name = "campaign_member")
public class CampaignMember {

  @Id private UUID id;

  @Column(name = "campaign_id", nullable = false)
  private UUID campaignId;

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "suppression_reason")
  private SuppressionReason suppressionReason;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CampaignMember() {}

  CampaignMember(UUID campaignId, CampaignGuardrails.Decision decision, Instant at) {
    this.id = UUID.randomUUID();
    this.campaignId = campaignId;
    this.contactId = decision.contactId();
    this.accountId = decision.accountId();
    this.status = decision.status();
    this.suppressionReason = decision.reason();
    this.updatedAt = at;
  }

  /**
   * Forward only: TARGETED → SENT → RESPONDED → CONVERTED (steps may be skipped); never for the
   * suppressed.
   */
  void advance(MemberStatus to, Instant at) {
    if (status == MemberStatus.SUPPRESSED) {
      throw RapportException.invalid(
          "status", "a suppressed member is never contacted (" + suppressionReason + ")");
    }
    if (to == MemberStatus.SUPPRESSED
        || to == MemberStatus.TARGETED
        || to.ordinal() <= status.ordinal()) {
      throw RapportException.invalid("status", "a " + status + " member cannot become " + to);
    }
    this.status = to;
    this.updatedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getCampaignId() {
    return campaignId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public SuppressionReason getSuppressionReason() {
    return suppressionReason;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
