package nl.rapport.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscription: pending until the receiver answers 2xx, with its attempts. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id private UUID id;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "event_seq", nullable = false)
  private long eventSeq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected WebhookDelivery() {}

  WebhookDelivery(UUID subscriptionId, long eventSeq, Instant at) {
    this.id = UUID.randomUUID();
    this.subscriptionId = subscriptionId;
    this.eventSeq = eventSeq;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  /** The receiver took it. */
  void delivered(int httpStatus, Instant at) {
    attempts++;
    status = Status.DELIVERED;
    lastStatus = httpStatus;
    lastError = null;
    lastAttemptAt = deliveredAt = at;
  }

  /** The attempt failed; the next one is at {@code next}, or none (null): the delivery failed. */
  void failed(Integer httpStatus, String error, Instant at, Instant next) {
    attempts++;
    lastStatus = httpStatus;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    lastAttemptAt = at;
    if (next == null) {
      status = Status.FAILED;
    } else {
      nextAttemptAt = next;
    }
  }

  /** Sent again on request: pending at once, its attempts counted anew. */
  void redeliver(Instant at) {
    status = Status.PENDING;
    attempts = 0;
    nextAttemptAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSubscriptionId() {
    return subscriptionId;
  }

  public long getEventSeq() {
    return eventSeq;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
