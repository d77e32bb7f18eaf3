package nl.rapport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One line of the audit trail. Append-only: nothing updates or deletes a line, except that erasing
 * a person's data replaces the values it recorded about them ({@link #erase}), itself audited.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id private UUID id;

  @Column(name = "logged_at", nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "entity_type", nullable = false)
  private String entityType;

  @Column(name = "entity_id")
  private UUID entityId;

  /** The entity's key as text: its id, or a user's name for users. */
  @Column(name = "entity_key")
  private String entityKey;

  private String detail;

  /** {@link Changes} as JSON. */
  private String changes;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      String actor,
      String action,
      String entityType,
      UUID entityId,
      String entityKey,
      Changes changes,
      String detail) {
    this.id = UUID.randomUUID();
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.entityKey = entityKey;
    this.changes = changes == null || changes.isEmpty() ? null : changes.toJson();
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  /** Replaces the recorded values of these fields, and the free-text detail, by a marker. */
  void erase(Predicate<String> field) {
    changes = changes == null ? null : getChanges().erase(field).toJson();
    if (detail != null) {
      detail = Changes.ERASED;
    }
  }

  public UUID getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityKey() {
    return entityKey;
  }

  public String getDetail() {
    return detail;
  }

  public Changes getChanges() {
    return Changes.fromJson(changes);
  }
}
