package nl.rapport.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.platform.RapportException;

/** A service case, opened by a COMPLAINT interaction and resolved once. */
@Entity
@Table(name = "complaint")
public class Complaint {

  public enum Status {
    OPEN,
    RESOLVED
  }

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "interaction_id", nullable = false, unique = true)
  private UUID interactionId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "first_contact_resolution")
  private Boolean firstContactResolution;

  @Column(name = "resolution_summary", length = 4000)
  private String resolutionSummary;

  @Enumerated(EnumType.STRING)
  @Column(name = "recovery_quality")
  private ServiceRecovery.Quality recoveryQuality;

  @Version private long version;

  protected Complaint() {}

  /** Opens the service case for a COMPLAINT interaction. */
  public static Complaint openedBy(Interaction opening) {
    if (opening.getPurpose() != Purpose.COMPLAINT) {
      throw new IllegalArgumentException("only a COMPLAINT interaction opens a complaint");
    }
    return new Complaint(opening);
  }

  private Complaint(Interaction opening) {
    this.id = UUID.randomUUID();
    this.accountId = opening.getAccountId();
    this.interactionId = opening.getId();
    this.openedAt = opening.getOccurredAt();
  }

  public void resolve(
      boolean firstContactResolution,
      Instant at,
      String summary,
      String by,
      ServiceRecovery recovery) {
    if (status == Status.RESOLVED) {
      throw RapportException.conflict("This complaint was already resolved at " + resolvedAt + ".");
    }
    if (at.isBefore(openedAt)) {
      throw RapportException.invalid(
          "resolvedAt", "resolvedAt cannot be before the complaint opened (" + openedAt + ")");
    }
    this.status = Status.RESOLVED;
    this.firstContactResolution = firstContactResolution;
    this.resolvedAt = at;
    this.resolvedBy = by;
    this.resolutionSummary = summary;
    this.recoveryQuality = recovery.assess(firstContactResolution, timeToResolve());
  }

  /** Erasure: the resolution summary's words that name the person are replaced. */
  public void redactSummary(java.util.function.UnaryOperator<String> redaction) {
    if (resolutionSummary != null) {
      resolutionSummary = redaction.apply(resolutionSummary);
    }
  }

  public Duration timeToResolve() {
    return resolvedAt == null ? null : Duration.between(openedAt, resolvedAt);
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public UUID getInteractionId() {
    return interactionId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Boolean getFirstContactResolution() {
    return firstContactResolution;
  }

  public String getResolutionSummary() {
    return resolutionSummary;
  }

  public ServiceRecovery.Quality getRecoveryQuality() {
    return recoveryQuality;
  }

  public long getVersion() {
    return version;
  }
}
