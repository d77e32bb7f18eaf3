package nl.rapport.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountService;
import nl.rapport.account.RelationshipType;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/** The account page's relationship type, its history, and the change dialog that asks why. */
@Named
@ViewScoped
public class RelationshipPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A trajectory's step, ready to show. */
  public record StepRow(int position, String description, boolean done, String doneText)
      implements java.io.Serializable {}

  /** The account's trajectory, ready to show. */
  public record TrajectoryRow(
      UUID id,
      String goal,
      String status,
      boolean active,
      int percent,
      long done,
      int total,
      String planned,
      List<StepRow> steps)
      implements java.io.Serializable {}

  /** One row of history, ready to show. */
  public record Row(String when, String from, String to, String by, String reason)
      implements java.io.Serializable {}

  @Inject private AccountService accounts;
  @Inject private RelationshipService relationships;

  private String accountId;
  private RelationshipType current;
  private RelationshipType framingAtAcquisition;
  private List<Row> history = List.of();
  private RelationshipType to;
  private String reason;
  private TrajectoryRow trajectory;
  private UUID unplanned;
  private String goal;
  private String stepsText;

  public void load() {
    Screens.id(accountId).flatMap(accounts::find).ifPresent(this::show);
  }

  private void show(Account account) {
    current = account.getRelationshipType();
    framingAtAcquisition = account.getFramingAtAcquisition();
    List<RelationshipTransition> newestFirst =
        new java.util.ArrayList<>(relationships.history(account.getId()));
    java.util.Collections.reverse(newestFirst);
    history =
        newestFirst.stream()
            .map(
                t ->
                    new Row(
                        Screens.dateTime(t.at()),
                        Screens.label(t.from()),
                        Screens.label(t.to()),
                        t.by(),
                        t.reason()))
            .toList();
    trajectory = relationships.latest(account.getId()).map(RelationshipPanel::row).orElse(null);
    unplanned = relationships.unplanned(account.getId()).orElse(null);
  }

  static TrajectoryRow row(ReframingTrajectory t) {
    List<StepRow> steps = new java.util.ArrayList<>();
    for (int i = 0; i < t.getSteps().size(); i++) {
      TrajectoryStep step = t.getSteps().get(i);
      steps.add(
          new StepRow(
              i,
              step.getDescription(),
              step.isDone(),
              step.isDone()
                  ? Screens.text(
                      "trajectory.stepDone", Screens.dateTime(step.getDoneAt()), step.getDoneBy())
                  : ""));
    }
    return new TrajectoryRow(
        t.getId(),
        t.getGoal(),
        Screens.label(t.getStatus()),
        t.getStatus() == ReframingTrajectory.Status.ACTIVE,
        t.progressPercent(),
        t.stepsDone(),
        t.getSteps().size(),
        Screens.text("trajectory.planned", Screens.dateTime(t.getPlannedAt()), t.getPlannedBy()),
        List.copyOf(steps));
  }

  /** A step ticked or unticked on the account page. */
  public void check(StepRow step) {
    try {
      ReframingTrajectory t = relationships.check(trajectory.id(), step.position(), !step.done());
      trajectory = row(t);
      if (t.getStatus() == ReframingTrajectory.Status.ACHIEVED) {
        Screens.info("trajectory.achieved");
      }
    } catch (RapportException e) {
      Screens.refused(e, null);
      load();
    }
  }

  /** Opens the plan dialog for a trajectory started without one. */
  public void openPlan() {
    goal = null;
    stepsText = null;
  }

  public void savePlan() {
    try {
      relationships.plan(UUID.fromString(accountId), unplanned, goal, lines(stepsText));
      Screens.info("trajectory.saved");
      load();
      PrimeFaces.current().executeScript("PF('planDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "planForm:");
    }
  }

  /** One step per line of the text area. */
  static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\\R"));
  }

  /** A move from market pricing is a re-framing trajectory: the dialog asks for its plan. */
  public boolean isStartsTrajectory() {
    return current == RelationshipType.MARKET_PRICING;
  }

  public void open() {
    to = isStartsTrajectory() ? RelationshipType.COMMUNAL_SHARING : null;
    reason = null;
    goal = null;
    stepsText = null;
  }

  public void change() {
    try {
      boolean planned =
          goal != null && !goal.isBlank() || stepsText != null && !stepsText.isBlank();
      if (isStartsTrajectory() && to == RelationshipType.COMMUNAL_SHARING && planned) {
        relationships.startTrajectory(UUID.fromString(accountId), reason, goal, lines(stepsText));
      } else {
        accounts.reframe(UUID.fromString(accountId), to, reason, null);
      }
      Screens.info("account.changeType.done", Screens.label(to));
      load();
      PrimeFaces.current().executeScript("PF('reframeDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "reframeForm:");
    }
  }

  /** The types one can move to: never back to UNFRAMED, never to the current one. */
  public List<RelationshipType> getTargets() {
    return Arrays.stream(RelationshipType.values())
        .filter(t -> t != RelationshipType.UNFRAMED && t != current)
        .toList();
  }

  public String label(RelationshipType type) {
    return Screens.label(type);
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public RelationshipType getCurrent() {
    return current;
  }

  public RelationshipType getFramingAtAcquisition() {
    return framingAtAcquisition;
  }

  public List<Row> getHistory() {
    return history;
  }

  public RelationshipType getTo() {
    return to;
  }

  public void setTo(RelationshipType to) {
    this.to = to;
  }

  public TrajectoryRow getTrajectory() {
    return trajectory;
  }

  public boolean isUnplanned() {
    return unplanned != null;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getStepsText() {
    return stepsText;
  }

  public void setStepsText(String stepsText) {
    this.stepsText = stepsText;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
