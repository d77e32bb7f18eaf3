package nl.rapport.engagement.recompute;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The state of a full recompute, as the API and the admin screen show it. */
public record RecomputeJob(
    UUID id,
    Status status,
    long total,
    long processed,
    Instant startedAt,
    Instant finishedAt,
    String startedBy,
    String error) {

  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  public int percent() {
    return total == 0 ? (status == Status.RUNNING ? 0 : 100) : (int) (processed * 100 / total);
  }

  /** Accounts per second so far. */
  public double rate() {
    Instant end = finishedAt == null ? Instant.now() : finishedAt;
    double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    return Math.round(processed / seconds * 10) / 10.0;
  }
}
