package nl.rapport.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.engagement.engine.MomentTally;

/**
 * What explains and feeds an account's {@link EngagementProfile}, kept apart from it so that the
 * profile rows that lists, segments and the worklist scan stay small: the evidence (JSON) and the
 * account's {@link MomentTally}. The tally is derived from the interactions, written under the
 * profile's row lock, and used only while its basis (grouping version and half-life) is the running
 * one; otherwise it is rebuilt from the history.
 */
@Entity
@Table(name = "engagement_detail")
public class EngagementDetail {

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(nullable = false, length = 30000)
  private String evidence;

  @Column(name = "tally_basis", length = 64)
  private String tallyBasis;

  @Column(name = "moment_count")
  private Integer moments;

  @Column(name = "weights_at")
  private Instant weightsAt;

  @Column(name = "moment_groups", length = 1_000_000)
  private String momentGroups;

  protected EngagementDetail() {}

  EngagementDetail(UUID accountId) {
    this.accountId = accountId;
  }

  UUID getAccountId() {
    return accountId;
  }

  String getEvidence() {
    return evidence;
  }

  void explain(String evidenceJson) {
    evidence = evidenceJson;
  }

  /** The tally, if it was built on this basis. */
  Optional<MomentTally> tally(double halfLifeDays) {
    if (momentGroups == null || !MomentTally.basis(halfLifeDays).equals(tallyBasis)) {
      return Optional.empty();
    }
    return Optional.of(MomentTallyJson.read(halfLifeDays, weightsAt, momentGroups));
  }

  void tally(MomentTally tally) {
    tallyBasis = tally.basis();
    moments = tally.moments();
    weightsAt = tally.weightsAt();
    momentGroups = MomentTallyJson.write(tally);
  }
}
