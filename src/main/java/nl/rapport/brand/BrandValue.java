package nl.rapport.brand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A value the organisation declares as part of its brand, with evidence that it practises it. */
@Entity
@Table(name = "brand_value")
public class BrandValue {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String name;

  private String description;

  /**
   * How the organisation shows it in practice; without it the value is not authentic (seed 002).
   */
  @Column(length = 2000)
  private String evidence;

  @Column(name = "declared_by", nullable = false)
  private String declaredBy;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected BrandValue() {}

  BrandValue(String name, String description, String evidence, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.description = description;
    this.evidence = evidence;
    this.declaredBy = by;
    this.declaredAt = at;
  }

  public boolean isPractised() {
    return evidence != null && !evidence.isBlank();
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

  public String getEvidence() {
    return evidence;
  }

  public String getDeclaredBy() {
    return declaredBy;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
