package nl.rapport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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

  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant at, String actor, String action, String entityType, UUID entityId, String detail) {
    this.id = UUID.randomUUID();
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }
}
