package nl.rapport.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One planned step of a re-framing trajectory, and when it was done. */
@Embeddable
public class TrajectoryStep {

  @Column(name = "description", nullable = false, length = 300)
  private String description;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  protected TrajectoryStep() {}

  TrajectoryStep(String description) {
    this.description = description;
  }

  void done(String by, Instant at) {
    doneAt = at;
    doneBy = by;
  }

  void undone() {
    doneAt = null;
    doneBy = null;
  }

  public String getDescription() {
    return description;
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }
}
