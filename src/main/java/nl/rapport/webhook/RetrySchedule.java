package nl.rapport.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, wait the n-th delay (the
 * last one repeats) until {@code maxAttempts} attempts have been made; then it has failed.
 */
public record RetrySchedule(List<Duration> delays, int maxAttempts) {

  public RetrySchedule {
    if (delays.isEmpty() || maxAttempts < 1) {
      throw new IllegalArgumentException("at least one delay and one attempt");
    }
    delays = List.copyOf(delays);
  }

  /** From configuration: seconds separated by commas, such as {@code 2,10,60}. */
  public static RetrySchedule of(String seconds, int maxAttempts) {
    return new RetrySchedule(
        java.util.Arrays.stream(seconds.split(","))
            .map(String::strip)
            .map(Long::parseLong)
            .map(Duration::ofSeconds)
            .toList(),
        maxAttempts);
  }

  /** The next attempt after {@code attemptsMade} failed ones, or empty when none is left. */
  public Optional<Instant> next(int attemptsMade, Instant failedAt) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration wait = delays.get(Math.min(attemptsMade, delays.size()) - 1);
    return Optional.of(failedAt.plus(wait));
  }
}
