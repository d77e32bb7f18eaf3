package nl.rapport.engagement.recompute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One full recompute, as stored: every node reads the same progress. */
@Entity
@Table(name = "recompute_job")
public class RecomputeRun {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecomputeJob.Status status;

  @Column(nullable = false)
  private long total;

  @Column(nullable = false)
  private long processed;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "heartbeat_at", nullable = false)
  private Instant heartbeatAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(nullable = false)
  private String node;

  private String error;

  protected RecomputeRun() {}

  RecomputeRun(UUID id, long total, String startedBy, String node, Instant now) {
    this.id = id;
    this.status = RecomputeJob.Status.RUNNING;
    this.total = total;
    this.startedAt = now;
    this.heartbeatAt = now;
    this.startedBy = startedBy;
    this.node = node;
  }

  void progressed(long by, Instant now) {
    processed += by;
    heartbeatAt = now;
  }

  void finished(RecomputeJob.Status end, String failure, Instant now) {
    status = end;
    error = failure == null ? null : failure.substring(0, Math.min(1000, failure.length()));
    finishedAt = now;
    heartbeatAt = now;
  }

  /**
   * The run as the screens and the API show it. A run whose node stopped beating (it was killed) is
   * shown as failed once its lease is over.
   */
  RecomputeJob view(Instant now, Duration lease) {
    if (status == RecomputeJob.Status.RUNNING && heartbeatAt.plus(lease).isBefore(now)) {
      return new RecomputeJob(
          id,
          RecomputeJob.Status.FAILED,
          total,
          processed,
          startedAt,
          heartbeatAt,
          startedBy,
          "abandoned: node " + node + " stopped working on it");
    }
    return new RecomputeJob(id, status, total, processed, startedAt, finishedAt, startedBy, error);
  }

  UUID getId() {
    return id;
  }
}
