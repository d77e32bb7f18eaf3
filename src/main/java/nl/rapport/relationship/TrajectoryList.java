package nl.rapport.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;

/** Marketing's view of the re-framing trajectories: where each account is on its way. */
@Named
@ViewScoped
public class TrajectoryList implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 1000;

  /** A trajectory with its account, ready to show. */
  public record Row(
      UUID accountId, String accountName, RelationshipPanel.TrajectoryRow trajectory, String next)
      implements Serializable {}

  @Inject private RelationshipService relationships;
  @Inject private AccountService accounts;

  private ReframingTrajectory.Status status;
  private List<Row> rows = List.of();

  public void load() {
    Map<UUID, String> names = new HashMap<>();
    rows =
        relationships.all(status, SHOWN).stream()
            .map(
                t ->
                    new Row(
                        t.getAccountId(),
                        names.computeIfAbsent(
                            t.getAccountId(),
                            id -> accounts.find(id).map(a -> a.getName()).orElse("?")),
                        RelationshipPanel.row(t),
                        t.getSteps().stream()
                            .filter(s -> !s.isDone())
                            .map(TrajectoryStep::getDescription)
                            .findFirst()
                            .orElse("")))
            .toList();
  }

  public ReframingTrajectory.Status[] getStatuses() {
    return ReframingTrajectory.Status.values();
  }

  public ReframingTrajectory.Status getStatus() {
    return status;
  }

  public void setStatus(ReframingTrajectory.Status status) {
    this.status = status;
  }

  public List<Row> getRows() {
    return rows;
  }
}
