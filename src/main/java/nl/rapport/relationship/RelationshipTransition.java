package nl.rapport.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.account.Reframed;
import nl.rapport.account.RelationshipType;

/**
 * One change of an account's relationship type, with who, when and why. Immutable: history is never
 * rewritten.
 */
@Entity
@Table(name = "relationship_transition")
public class RelationshipTransition {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_type", nullable = false)
  private RelationshipType from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_type", nullable = false)
  private RelationshipType to;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(name = "by_user", nullable = false)
  private String by;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "trajectory_id")
  private UUID trajectoryId;

  protected RelationshipTransition() {}

  public RelationshipTransition(Reframed change) {
    this.id = UUID.randomUUID();
    this.accountId = change.accountId();
    this.from = change.from();
    this.to = change.to();
    this.at = change.at();
    this.by = change.by();
    this.reason = change.reason();
    this.trajectoryId = change.trajectoryId();
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public RelationshipType from() {
    return from;
  }

  public RelationshipType to() {
    return to;
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }

  public String reason() {
    return reason;
  }

  public UUID trajectoryId() {
    return trajectoryId;
  }
}
