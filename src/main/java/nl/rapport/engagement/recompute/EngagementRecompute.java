package nl.rapport.engagement.recompute;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.rapport.account.AccountService;
import nl.rapport.engagement.EngagementService;
import nl.rapport.platform.RapportException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full recompute of every profile: for decay (a profile that nothing touched still ages) and
 * after a configuration change. One at a time per instance, in chunks with their own transactions,
 * with progress to show. Also runs every night.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementRecompute {

  private static final Logger LOG = Logger.getLogger(EngagementRecompute.class.getName());

  @Inject private EngagementService engagement;
  @Inject private AccountService accounts;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "rapport.engagement.recompute.chunk-size")
  private int chunkSize;

  private final AtomicReference<RecomputeJob> current = new AtomicReference<>();

  /** Starts a run unless one is going; returns the run. */
  public RecomputeJob start(String by) {
    RecomputeJob running = current.get();
    if (running != null && running.status() == RecomputeJob.Status.RUNNING) {
      return running;
    }
    RecomputeJob job =
        new RecomputeJob(
            UUID.randomUUID(),
            RecomputeJob.Status.RUNNING,
            accounts.count(),
            0,
            Instant.now(),
            null,
            by,
            null);
    if (!current.compareAndSet(running, job)) {
      throw RapportException.conflict(
          "A recompute was started at the same moment; look at its progress.");
    }
    context.getBusinessObject(EngagementRecompute.class).run(job.id());
    return job;
  }

  public Optional<RecomputeJob> current() {
    return Optional.ofNullable(current.get());
  }

  @Asynchronous
  public void run(UUID jobId) {
    try {
      UUID after = null;
      while (true) {
        List<UUID> ids = accounts.idsAfter(after, chunkSize);
        if (ids.isEmpty()) {
          break;
        }
        int done = engagement.recomputeChunk(ids);
        current.updateAndGet(j -> j.id().equals(jobId) ? j.progressed(done) : j);
        after = ids.get(ids.size() - 1);
      }
      RecomputeJob finished = current.updateAndGet(j -> j.finished(RecomputeJob.Status.DONE, null));
      LOG.info(
          () ->
              "Engagement recompute: "
                  + finished.processed()
                  + " accounts, "
                  + finished.rate()
                  + "/s");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Engagement recompute failed", e);
      current.updateAndGet(
          j -> j.finished(RecomputeJob.Status.FAILED, String.valueOf(e.getMessage())));
    }
  }

  /** Nightly, so that evidence decays even on accounts nobody touched. */
  @Schedule(hour = "2", minute = "30", persistent = false)
  void nightly() {
    start("scheduler");
  }
}
