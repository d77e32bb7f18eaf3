package nl.rapport.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.account.Channel;

/**
 * A contact moment. Append-only: a correction is a new interaction that supersedes the old one, so
 * the log never loses what was recorded.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "logged_by", nullable = false)
  private String loggedBy;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private boolean personal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Purpose purpose;

  @Column(name = "effort_score")
  private Integer effortScore;

  @Column(name = "nps_score")
  private Integer npsScore;

  @Column(name = "csat_score")
  private Integer csatScore;

  @Column(length = 4000)
  private String summary;

  @Column(name = "follow_up_date")
  private LocalDate followUpDate;

  @Column(name = "supersedes")
  private UUID supersedes;

  @Column(name = "private_note", nullable = false)
  private boolean privateNote;

  /** The last change, for delta sync: the recording, or a later redaction. */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Interaction() {}

  @PreUpdate
  void stampChange() {
    updatedAt = nl.rapport.platform.Instants.now();
  }

  public Interaction(
      UUID accountId,
      UUID contactId,
      String loggedBy,
      Instant occurredAt,
      Instant recordedAt,
      Channel channel,
      Purpose purpose,
      Integer effortScore,
      Integer npsScore,
      Integer csatScore,
      String summary,
      LocalDate followUpDate,
      UUID supersedes) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.contactId = contactId;
    this.loggedBy = loggedBy;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.channel = channel;
    this.personal = channel.isPersonal();
    this.purpose = purpose;
    this.effortScore = effortScore;
    this.npsScore = npsScore;
    this.csatScore = csatScore;
    this.summary = summary;
    this.followUpDate = followUpDate;
    this.supersedes = supersedes;
    this.updatedAt = recordedAt;
  }

  /** Marks the summary as a private note: marketing and systems never read it. */
  public void keepPrivate() {
    this.privateNote = true;
  }

  public boolean isPrivateNote() {
    return privateNote;
  }

  /** Erasure: the summary's words that name the person are replaced (see {@code Redaction}). */
  public void redactSummary(java.util.function.UnaryOperator<String> redaction) {
    if (summary != null) {
      summary = redaction.apply(summary);
    }
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public UUID getContactId() {
    return contactId;
  }

  public String getLoggedBy() {
    return loggedBy;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Channel getChannel() {
    return channel;
  }

  public boolean isPersonal() {
    return personal;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Integer getEffortScore() {
    return effortScore;
  }

  public Integer getNpsScore() {
    return npsScore;
  }

  public Integer getCsatScore() {
    return csatScore;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public UUID getSupersedes() {
    return supersedes;
  }
}
