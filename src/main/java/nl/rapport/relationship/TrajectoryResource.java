package nl.rapport.relationship;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account's latest re-framing trajectory, and its steps done or undone. */
@RequestScoped
@Path("accounts/{id}/trajectory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationship type")
@ApiScope("accounts")
public class TrajectoryResource {

  /** {@code {"id", "accountId", "goal", "status", "progressPercent", "steps": [...], ...}} */
  public record TrajectoryView(
      UUID id,
      UUID accountId,
      String goal,
      ReframingTrajectory.Status status,
      int progressPercent,
      Instant plannedAt,
      String plannedBy,
      Instant closedAt,
      List<Step> steps) {

    public record Step(
        int position, String description, boolean done, Instant doneAt, String doneBy) {}

    static TrajectoryView of(ReframingTrajectory t) {
      List<Step> steps = new ArrayList<>();
      for (int i = 0; i < t.getSteps().size(); i++) {
        TrajectoryStep s = t.getSteps().get(i);
        steps.add(new Step(i, s.getDescription(), s.isDone(), s.getDoneAt(), s.getDoneBy()));
      }
      return new TrajectoryView(
          t.getId(),
          t.getAccountId(),
          t.getGoal(),
          t.getStatus(),
          t.progressPercent(),
          t.getPlannedAt(),
          t.getPlannedBy(),
          t.getClosedAt(),
          List.copyOf(steps));
    }
  }

  /** {@code {"done": true}} */
  public record Check(@NotNull Boolean done) {

    /** Declared so that the constraint stays on the field (see docs/decisions.md). */
    public Check(Boolean done) {
      this.done = done;
    }
  }

  /** {@code {"goal": "...", "steps": ["...", "..."]}} */
  public record Plan(String goal, List<String> steps) {}

  @Inject private AccountService accounts;
  @Inject private RelationshipService relationships;

  @GET
  @Operation(summary = "The account's latest re-framing trajectory (404 when it has none)")
  public TrajectoryView get(@PathParam("id") String id) {
    UUID account = accounts.get(Params.id(id, "Account")).getId();
    return relationships
        .latest(account)
        .map(TrajectoryView::of)
        .orElseThrow(() -> RapportException.notFound("Trajectory of account " + id));
  }

  @jakarta.ws.rs.PUT
  @Operation(
      summary = "Plan the trajectory the account's move to COMMUNAL_SHARING started",
      description =
          "409 when the account's last move started no trajectory or it has a plan already;"
              + " 422 naming goal or steps for a plan without a goal or with 0 or more than 12 steps")
  public TrajectoryView plan(@PathParam("id") String id, @NotNull Plan body) {
    UUID account = accounts.get(Params.id(id, "Account")).getId();
    UUID trajectory =
        relationships
            .unplanned(account)
            .orElseThrow(
                () ->
                    RapportException.conflict(
                        "No trajectory waits for a plan: move the account from MARKET_PRICING to"
                            + " COMMUNAL_SHARING first (POST /accounts/{id}/relationship)."));
    return TrajectoryView.of(relationships.plan(account, trajectory, body.goal(), body.steps()));
  }

  @POST
  @Path("steps/{position}")
  @Operation(summary = "Mark a step done or undone; the last one done achieves the trajectory")
  public TrajectoryView check(
      @PathParam("id") String id,
      @PathParam("position") String position,
      @Valid @NotNull Check body) {
    TrajectoryView current = get(id);
    int index;
    try {
      index = Integer.parseInt(position);
    } catch (NumberFormatException e) {
      throw RapportException.badRequest("position", "position is a step's number, from 0");
    }
    return TrajectoryView.of(relationships.check(current.id(), index, body.done()));
  }
}
