package nl.rapport.engagement.recompute;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.platform.Instants;

/**
 * The full recompute's lease and runs in the database, so that the job runs once per cluster: a
 * node that wants to run it must take the lease (a conditional update of one row, which only one
 * node can win), renews it with every chunk, and gives it back at the end. A node that dies holding
 * it loses it when the lease runs out. Each method is its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RecomputeRuns {

  static final String LEASE = "engagement-recompute";

  /** How long a lease lasts without renewal; every chunk renews it. */
  static final Duration LEASE_TIME = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;

  /** Takes the lease for a new run and records the run; empty when another run holds it. */
  public Optional<RecomputeJob> claim(UUID id, long total, String by, String node) {
    Instant now = Instants.now();
    int taken =
        em.createQuery(
                "update JobLease l set l.holder = :id, l.expiresAt = :until where l.name = :name"
                    + " and (l.holder is null or l.expiresAt < :now)")
            .setParameter("id", id)
            .setParameter("until", now.plus(LEASE_TIME))
            .setParameter("name", LEASE)
            .setParameter("now", now)
            .executeUpdate();
    if (taken == 0) {
      return Optional.empty();
    }
    RecomputeRun run = new RecomputeRun(id, total, by, node, now);
    em.persist(run);
    return Optional.of(run.view(now, LEASE_TIME));
  }

  /** Counts a chunk and renews the lease; false when the lease is no longer this run's. */
  public boolean progressed(UUID id, long done) {
    Instant now = Instants.now();
    int renewed =
        em.createQuery(
                "update JobLease l set l.expiresAt = :until where l.name = :name and l.holder = :id")
            .setParameter("until", now.plus(LEASE_TIME))
            .setParameter("name", LEASE)
            .setParameter("id", id)
            .executeUpdate();
    em.find(RecomputeRun.class, id).progressed(done, now);
    return renewed == 1;
  }

  /** Records the end of a run and gives the lease back. */
  public void finished(UUID id, RecomputeJob.Status status, String error) {
    Instant now = Instants.now();
    em.find(RecomputeRun.class, id).finished(status, error, now);
    em.createQuery(
            "update JobLease l set l.holder = null, l.expiresAt = null"
                + " where l.name = :name and l.holder = :id")
        .setParameter("name", LEASE)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** The latest run, as any node sees it. */
  public Optional<RecomputeJob> current() {
    Instant now = Instants.now();
    return em
        .createQuery(
            "select r from RecomputeRun r order by r.startedAt desc, r.id", RecomputeRun.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(r -> r.view(now, LEASE_TIME));
  }
}
