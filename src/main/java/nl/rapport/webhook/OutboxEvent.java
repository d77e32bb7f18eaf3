package nl.rapport.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as it leaves: written in the transaction of the change it tells of, its body fixed then
 * (every attempt and a redelivery send the same bytes); {@code seq} is the order of events.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long seq;

  @Column(nullable = false, unique = true)
  private UUID id;

  @Column(nullable = false, length = 40)
  private String type;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, columnDefinition = "text")
  private String body;

  protected OutboxEvent() {}

  OutboxEvent(UUID id, String type, Instant occurredAt, String body) {
    this.id = id;
    this.type = type;
    this.occurredAt = occurredAt;
    this.body = body;
  }

  public Long getSeq() {
    return seq;
  }

  public UUID getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getBody() {
    return body;
  }
}
