package nl.rapport.brand;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The values another organisation claims: what our brand must stay distinct from. */
@Entity
@Table(name = "competitor_claim")
public class CompetitorClaim {

  @Id private UUID id;

  @Column(nullable = false)
  private String competitor;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "competitor_claim_value", joinColumns = @JoinColumn(name = "claim_id"))
  @OrderColumn(name = "position")
  @Column(name = "claimed_value")
  private List<String> values = new ArrayList<>();

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CompetitorClaim() {}

  CompetitorClaim(String competitor, List<String> values, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.competitor = competitor;
    this.values = new ArrayList<>(values);
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public String getCompetitor() {
    return competitor;
  }

  public List<String> getValues() {
    return List.copyOf(values);
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
