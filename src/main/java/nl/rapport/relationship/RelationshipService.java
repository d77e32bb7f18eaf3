package nl.rapport.relationship;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountService;
import nl.rapport.account.Reframed;
import nl.rapport.account.RelationshipType;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;

/**
 * The recorded history of relationship types: every {@link Reframed} change of an account is kept,
 * in the transaction of the change. Access is checked by the caller's account lookup. A move from
 * market pricing to communal sharing is planned as a {@link ReframingTrajectory}.
 */
@Stateless
public class RelationshipService {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;

  /**
   * Keeps the change as history; it rolls back with the change if that fails. A move back to market
   * pricing abandons the account's active trajectory.
   */
  public void record(@Observes Reframed change) {
    em.persist(new RelationshipTransition(change));
    if (change.to() == RelationshipType.MARKET_PRICING) {
      em.createQuery(
              "select t from ReframingTrajectory t where t.accountId = :account and t.status = :active",
              ReframingTrajectory.class)
          .setParameter("account", change.accountId())
          .setParameter("active", ReframingTrajectory.Status.ACTIVE)
          .getResultList()
          .forEach(t -> t.abandon(change.at()));
    }
  }

  /** Oldest first. */
  public List<RelationshipTransition> history(UUID accountId) {
    return em.createQuery(
            "select t from RelationshipTransition t where t.accountId = :account order by t.at, t.id",
            RelationshipTransition.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * Starts a re-framing trajectory: the account moves from market pricing to communal sharing, and
   * the plan (goal, steps) is kept, in one transaction; a plan that is refused changes nothing.
   */
  public ReframingTrajectory startTrajectory(
      UUID accountId, String reason, String goal, List<String> steps) {
    Account account = accounts.getForChange(accountId);
    if (account.getRelationshipType() != RelationshipType.MARKET_PRICING) {
      throw RapportException.invalid(
          "to", "a re-framing trajectory starts from market pricing; this account is not");
    }
    // the plan's own checks first, so that a refused plan leaves the type as it was
    ReframingTrajectory.plan(
        UUID.randomUUID(), accountId, goal, steps, currentCaller.get().username(), Instants.now());
    Reframed moved = accounts.reframe(accountId, RelationshipType.COMMUNAL_SHARING, reason, null);
    return plan(accountId, moved.trajectoryId(), goal, steps);
  }

  /** Plans a trajectory that a market-to-communal move started without one (the API's moves). */
  public ReframingTrajectory plan(
      UUID accountId, UUID trajectoryId, String goal, List<String> steps) {
    accounts.getForChange(accountId);
    boolean started =
        em.createQuery(
                    "select count(t) from RelationshipTransition t where t.accountId = :account"
                        + " and t.trajectoryId = :trajectory",
                    Long.class)
                .setParameter("account", accountId)
                .setParameter("trajectory", trajectoryId)
                .getSingleResult()
            > 0;
    if (!started) {
      throw RapportException.notFound("Trajectory " + trajectoryId);
    }
    if (em.find(ReframingTrajectory.class, trajectoryId) != null) {
      throw RapportException.conflict("This trajectory has a plan already.");
    }
    String by = currentCaller.get().username();
    ReframingTrajectory trajectory =
        ReframingTrajectory.plan(trajectoryId, accountId, goal, steps, by, Instants.now());
    em.persist(trajectory);
    audit.record(by, "PLAN_TRAJECTORY", "Account", accountId, trajectory.getGoal());
    return trajectory;
  }

  /** A step done or undone, by someone who may change the account. */
  public ReframingTrajectory check(UUID trajectoryId, int position, boolean done) {
    ReframingTrajectory trajectory = em.find(ReframingTrajectory.class, trajectoryId);
    if (trajectory == null || accounts.find(trajectory.getAccountId()).isEmpty()) {
      throw RapportException.notFound("Trajectory " + trajectoryId);
    }
    accounts.getForChange(trajectory.getAccountId());
    String by = currentCaller.get().username();
    trajectory.check(position, done, by, Instants.now());
    em.flush();
    audit.record(
        by,
        done ? "STEP_DONE" : "STEP_UNDONE",
        "Account",
        trajectory.getAccountId(),
        trajectory.getSteps().get(position).getDescription());
    return trajectory;
  }

  /** The account's latest planned trajectory, if any. */
  public Optional<ReframingTrajectory> latest(UUID accountId) {
    return em.createQuery(
            "select t from ReframingTrajectory t where t.accountId = :account"
                + " order by t.plannedAt desc, t.id",
            ReframingTrajectory.class)
        .setParameter("account", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The trajectory the account's current communal type started and nobody planned yet: the last
   * transition, when it is a market-to-communal move without a plan.
   */
  public Optional<UUID> unplanned(UUID accountId) {
    List<RelationshipTransition> all = history(accountId);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    UUID last = all.get(all.size() - 1).trajectoryId();
    return last == null || em.find(ReframingTrajectory.class, last) != null
        ? Optional.empty()
        : Optional.of(last);
  }

  /** Marketing's view: every trajectory, or those with this status, the latest planned first. */
  public List<ReframingTrajectory> all(ReframingTrajectory.Status status, int limit) {
    currentCaller.requireAnyOf(
        "The trajectories of all accounts are read by marketing and administrators.",
        Role.MARKETING,
        Role.ADMIN);
    var query =
        em.createQuery(
            "select t from ReframingTrajectory t"
                + (status == null ? "" : " where t.status = :status")
                + " order by t.plannedAt desc, t.id",
            ReframingTrajectory.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
