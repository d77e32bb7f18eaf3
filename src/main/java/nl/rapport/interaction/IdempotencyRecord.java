package nl.rapport.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Remembers which interaction an Idempotency-Key created, per caller. A unique constraint on
 * (caller, key) makes a concurrent retry fail at insert, so one key creates one row at most.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

  /** The unique constraint on (caller, key): violating it is a collision of two requests. */
  static final String UNIQUE_KEY = "uq_idempotency_key";

  @Id private UUID id;

  @Column(nullable = false)
  private String caller;

  @Column(name = "idem_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private String fingerprint;

  @Column(name = "interaction_id", nullable = false)
  private UUID interactionId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(
      String caller, String key, String fingerprint, UUID interactionId, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.caller = caller;
    this.key = key;
    this.fingerprint = fingerprint;
    this.interactionId = interactionId;
    this.createdAt = createdAt;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public UUID getInteractionId() {
    return interactionId;
  }
}
