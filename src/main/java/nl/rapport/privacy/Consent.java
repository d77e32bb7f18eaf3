package nl.rapport.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One answer of a person about one purpose: given, withdrawn, or given and waiting for the
 * confirmation by mail (double opt-in). The history is the rows in order; they are not changed
 * except that a pending one is confirmed once, and that erasure removes the source's text.
 */
@Entity
@Table(name = "consent")
public class Consent {

  public enum Status {
    PENDING,
    GRANTED,
    WITHDRAWN
  }

  @Id private UUID id;

  @Column(name = "contact_id", nullable = false)
  private UUID contactId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "token_expires_at")
  private Instant tokenExpiresAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected Consent() {}

  private Consent(
      UUID contactId, ConsentPurpose purpose, Status status, String source, Instant at, String by) {
    this.id = UUID.randomUUID();
    this.contactId = contactId;
    this.purpose = purpose;
    this.status = status;
    this.source = source;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public static Consent given(
      UUID contactId, ConsentPurpose purpose, String source, Instant at, String by) {
    Consent c = new Consent(contactId, purpose, Status.GRANTED, source, at, by);
    c.confirmedAt = at;
    return c;
  }

  public static Consent withdrawn(
      UUID contactId, ConsentPurpose purpose, String source, Instant at, String by) {
    return new Consent(contactId, purpose, Status.WITHDRAWN, source, at, by);
  }

  /** Given, to count once the person opens the link with this token (its hash is kept). */
  public static Consent pending(
      UUID contactId,
      ConsentPurpose purpose,
      String source,
      Instant at,
      String by,
      String tokenHash,
      Instant expiresAt) {
    Consent c = new Consent(contactId, purpose, Status.PENDING, source, at, by);
    c.tokenHash = tokenHash;
    c.tokenExpiresAt = expiresAt;
    return c;
  }

  /** Whether the link can still confirm this consent at that moment. */
  public boolean confirmable(Instant at) {
    return status == Status.PENDING && tokenExpiresAt != null && at.isBefore(tokenExpiresAt);
  }

  /** The person opened the link: the consent counts from now; the token is spent. */
  public void confirm(Instant at) {
    if (!confirmable(at)) {
      throw new IllegalStateException("not confirmable");
    }
    status = Status.GRANTED;
    confirmedAt = at;
    tokenHash = null;
  }

  /** Erasure: the source's free text may name the person; the token goes too. */
  public void erase() {
    source = source == null ? null : Redaction.MARK;
    tokenHash = null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getContactId() {
    return contactId;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public Status getStatus() {
    return status;
  }

  public String getSource() {
    return source;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
