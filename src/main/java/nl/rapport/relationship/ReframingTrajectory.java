package nl.rapport.relationship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.RapportException;

/**
 * Re-framing a market-pricing customer into a communal relationship is long and hard (seed 002:
 * once norms are activated they stay), so the move is planned: a goal and the steps towards it. The
 * trajectory is achieved when every step is done, and abandoned when the account is moved back to
 * market pricing. Its id is the one the market-to-communal transition carries.
 */
@Entity
@Table(name = "reframing_trajectory")
public class ReframingTrajectory {

  public enum Status {
    ACTIVE,
    ACHIEVED,
    ABANDONED
  }

  static final int MAX_STEPS = 12;
  static final int MAX_GOAL = 1000;
  static final int MAX_STEP = 300;

  @Id private UUID id;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(nullable = false, length = MAX_GOAL)
  private String goal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.ACTIVE;

  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;

  @Column(name = "planned_by", nullable = false)
  private String plannedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reframing_step", joinColumns = @JoinColumn(name = "trajectory_id"))
  @OrderColumn(name = "position")
  private List<TrajectoryStep> steps = new ArrayList<>();

  @Version private long version;

  protected ReframingTrajectory() {}

  /** The plan for the trajectory this transition started: a goal and 1 to 12 steps, in order. */
  public static ReframingTrajectory plan(
      UUID trajectoryId, UUID accountId, String goal, List<String> steps, String by, Instant at) {
    String g = goal == null ? "" : goal.strip();
    if (g.isEmpty()) {
      throw RapportException.invalid("goal", "a trajectory needs a goal");
    }
    if (g.length() > MAX_GOAL) {
      throw RapportException.invalid("goal", "the goal is at most " + MAX_GOAL + " characters");
    }
    List<String> named =
        steps == null
            ? List.of()
            : steps.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    if (named.isEmpty() || named.size() > MAX_STEPS) {
      throw RapportException.invalid("steps", "a trajectory has 1 to " + MAX_STEPS + " steps");
    }
    if (named.stream().anyMatch(s -> s.length() > MAX_STEP)) {
      throw RapportException.invalid("steps", "a step is at most " + MAX_STEP + " characters");
    }
    ReframingTrajectory t = new ReframingTrajectory();
    t.id = trajectoryId;
    t.accountId = accountId;
    t.goal = g;
    t.plannedAt = at;
    t.plannedBy = by;
    named.forEach(s -> t.steps.add(new TrajectoryStep(s)));
    return t;
  }

  /** Marks a step done or not done; the last one done achieves the trajectory. */
  public void check(int position, boolean done, String by, Instant at) {
    if (status != Status.ACTIVE) {
      throw RapportException.conflict(
          "This trajectory is " + status + "; its steps no longer change.");
    }
    if (position < 0 || position >= steps.size()) {
      throw RapportException.invalid("position", "no step " + position);
    }
    TrajectoryStep step = steps.get(position);
    if (done && !step.isDone()) {
      step.done(by, at);
    } else if (!done) {
      step.undone();
    }
    if (steps.stream().allMatch(TrajectoryStep::isDone)) {
      status = Status.ACHIEVED;
      closedAt = at;
    }
  }

  /** The account went back to market pricing: the trajectory ends unachieved. */
  public void abandon(Instant at) {
    if (status == Status.ACTIVE) {
      status = Status.ABANDONED;
      closedAt = at;
    }
  }

  public long stepsDone() {
    return steps.stream().filter(TrajectoryStep::isDone).count();
  }

  /** Done steps as a whole percentage of all steps. */
  public int progressPercent() {
    return steps.isEmpty() ? 0 : (int) (stepsDone() * 100 / steps.size());
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getGoal() {
    return goal;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<TrajectoryStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  public long getVersion() {
    return version;
  }
}
