package nl.rapport.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.engagement.engine.SignalKind;

/** A brand-fit assessment or a referral, recorded by an account manager. */
@Entity
@Table(name = "engagement_signal")
public class EngagementSignal {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignalKind kind;

  @Column(name = "signal_value")
  private Integer value;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected EngagementSignal() {}

  EngagementSignal(
      UUID accountId, SignalKind kind, Integer value, String note, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.kind = kind;
    this.value = value;
    this.note = note;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public SignalKind getKind() {
    return kind;
  }

  public Integer getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
