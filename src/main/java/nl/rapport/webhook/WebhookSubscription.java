package nl.rapport.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A system's wish to be told of these events at this URL, signed with its secret. The secret is
 * kept as given (it signs every delivery, so it cannot be hashed); it is never shown again.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

  @Id private UUID id;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false, length = 1000)
  private String events;

  @Column(nullable = false, length = 200)
  private String secret;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Marked after a delivery used up its attempts; cleared by the next delivery that succeeds. */
  @Column(nullable = false)
  private boolean failing;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  /** Until when a node is sending this subscription's deliveries (WebhookService.claim). */
  @Column(name = "claimed_until")
  private Instant claimedUntil;

  protected WebhookSubscription() {}

  public WebhookSubscription(
      String url, List<String> events, String secret, String createdBy, Instant at) {
    this.id = UUID.randomUUID();
    this.url = url;
    this.events = String.join(",", events);
    this.secret = secret;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  public boolean wants(String type) {
    return deletedAt == null && getEvents().contains(type);
  }

  void markFailing(boolean failing) {
    this.failing = failing;
  }

  void release() {
    claimedUntil = null;
  }

  void delete(Instant at) {
    if (deletedAt == null) {
      deletedAt = at;
    }
  }

  public UUID getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public List<String> getEvents() {
    return Arrays.asList(events.split(","));
  }

  String getSecret() {
    return secret;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isFailing() {
    return failing;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }
}
