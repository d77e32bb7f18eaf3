package nl.rapport.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A named, saved filter over accounts. Dynamic by default (evaluated when asked); frozen, it keeps
 * the accounts it had at that moment.
 */
@Entity
@Table(name = "segment")
public class Segment {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(length = 1000)
  private String description;

  @Column(name = "criteria", nullable = false, length = 4000)
  private String criteriaJson;

  @Column(name = "frozen_at")
  private Instant frozenAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Segment() {}

  Segment(String name, String description, String criteriaJson, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.createdBy = by;
    this.createdAt = at;
    describe(name, description, criteriaJson);
  }

  void describe(String name, String description, String criteriaJson) {
    this.name = name;
    this.description = description;
    this.criteriaJson = criteriaJson;
  }

  void freeze(Instant at) {
    this.frozenAt = at;
  }

  public boolean isFrozen() {
    return frozenAt != null;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getCriteriaJson() {
    return criteriaJson;
  }

  public Instant getFrozenAt() {
    return frozenAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
