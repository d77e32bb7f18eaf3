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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.rapport.account.AccountService;
import nl.rapport.engagement.EngagementService;
import nl.rapport.platform.RapportException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full recompute of every profile: for decay (a profile that nothing touched still ages) and
 * after a configuration change. Once per cluster: a run takes the database lease first ({@link
 * RecomputeRuns}), so the admin's button on two nodes, or the nightly schedule that fires on every
 * node, start one run; the others report that run. Chunks have their own transactions; progress is
 * stored, so every node shows it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngagementRecompute {

  private static final Logger LOG = Logger.getLogger(EngagementRecompute.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject private EngagementService engagement;
  @Inject private AccountService accounts;
  @Inject private RecomputeRuns runs;
  @Resource private SessionContext context;

  @Resource private ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "rapport.engagement.recompute.chunk-size")
  private int chunkSize;

  @Inject
  @ConfigProperty(name = "rapport.engagement.recompute.workers")
  private int workers;

  /** Starts a run unless one is going anywhere in the cluster; returns the run that goes. */
  public RecomputeJob start(String by) {
    Optional<RecomputeJob> claimed = runs.claim(UUID.randomUUID(), accounts.count(), by, NODE);
    if (claimed.isEmpty()) {
      // another node holds the lease: its run is the latest one
      return runs.current()
          .orElseThrow(
              () -> RapportException.conflict("A recompute is starting; look at its progress."));
    }
    context.getBusinessObject(EngagementRecompute.class).run(claimed.get().id());
    return claimed.get();
  }

  public Optional<RecomputeJob> current() {
    return runs.current();
  }

  @Asynchronous
  public void run(UUID jobId) {
    // several workers take chunks in turn, so that the database reads one chunk while the engine
    // scores another (one worker left both the database and the JVM half idle on 2 cores)
    Chunked work = new Chunked(jobId);
    try {
      List<Future<?>> helpers = new ArrayList<>();
      for (int i = 1; i < workers; i++) {
        helpers.add(executor.submit(work::run));
      }
      work.run();
      for (Future<?> helper : helpers) {
        helper.get();
      }
    } catch (ExecutionException e) {
      work.failed(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      work.failed(e);
    } catch (RuntimeException e) {
      work.failed(e);
    }
    if (work.failure != null) {
      LOG.log(Level.SEVERE, "Engagement recompute failed", work.failure);
      runs.finished(jobId, RecomputeJob.Status.FAILED, String.valueOf(work.failure.getMessage()));
      return;
    }
    if (work.leaseLost) {
      LOG.warning("Engagement recompute " + jobId + " lost its lease; stopping");
      runs.finished(jobId, RecomputeJob.Status.FAILED, "lost its lease");
      return;
    }
    runs.finished(jobId, RecomputeJob.Status.DONE, null);
    runs.current()
        .ifPresent(
            finished ->
                LOG.info(
                    () ->
                        "Engagement recompute: "
                            + finished.processed()
                            + " accounts, "
                            + finished.rate()
                            + "/s"));
  }

  /** One run's chunks, handed out in id order to whichever worker asks next. */
  private final class Chunked implements Runnable {
    private final UUID jobId;
    private UUID after;
    private boolean leaseLost;
    private volatile Throwable failure;

    Chunked(UUID jobId) {
      this.jobId = jobId;
    }

    private synchronized List<UUID> next() {
      if (leaseLost || failure != null) {
        return List.of();
      }
      List<UUID> ids = accounts.idsAfter(after, chunkSize);
      if (!ids.isEmpty()) {
        after = ids.get(ids.size() - 1);
      }
      return ids;
    }

    private synchronized void done(int count) {
      if (!runs.progressed(jobId, count)) {
        leaseLost = true;
      }
    }

    void failed(Throwable e) {
      if (failure == null) {
        failure = e;
      }
    }

    @Override
    public void run() {
      try {
        for (List<UUID> ids = next(); !ids.isEmpty(); ids = next()) {
          done(engagement.recomputeChunk(ids));
        }
      } catch (RuntimeException e) {
        failed(e);
      }
    }
  }

  /**
   * Nightly, so that evidence decays even on accounts nobody touched. Every node's timer fires; the
   * lease lets one of them run it.
   */
  @Schedule(hour = "2", minute = "30", persistent = false)
  void nightly() {
    Instant tonight = Instant.now().minus(Duration.ofHours(1));
    if (runs.current().filter(j -> j.startedAt().isAfter(tonight)).isPresent()) {
      return; // another node's timer already ran it (or runs it): once per cluster
    }
    RecomputeJob job = start("scheduler");
    LOG.info(() -> "Nightly engagement recompute: run " + job.id() + " (" + job.status() + ")");
  }
}
