package nl.rapport.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One account in a frozen segment's snapshot. */
@Entity
@Table(name = "segment_member")
public class SegmentMember {

  @Id private UUID id;

  @Column(name = "segment_id", nullable = false)
  private UUID segmentId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  protected SegmentMember() {}

  SegmentMember(UUID segmentId, UUID accountId) {
    this.id = UUID.randomUUID();
    this.segmentId = segmentId;
    this.accountId = accountId;
  }

  public UUID getSegmentId() {
    return segmentId;
  }

  public UUID getAccountId() {
    return accountId;
  }
}
