package nl.rapport.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a caller may do: a token bucket that holds {@code burst} tokens and gets {@code refill}
 * of them back, evenly, every {@code per}. Plain rules (no container): the bucket's shape and the
 * headers that tell a caller where it stands.
 */
public record Allowance(long burst, long refill, Duration per) {

  public Allowance {
    if (burst < 1 || refill < 1 || per == null || per.isNegative() || per.isZero()) {
      throw new IllegalArgumentException(
          "An allowance needs a burst and a refill of at least 1 per positive period");
    }
  }

  public static Allowance perMinute(long burst, long perMinute) {
    return new Allowance(burst, perMinute, Duration.ofMinutes(1));
  }

  public BucketConfiguration bucket() {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(refill, per).build())
        .build();
  }

  /** How long an emptied bucket takes to be full again: how long its state is worth keeping. */
  public Duration timeToFill() {
    return per.multipliedBy(burst).dividedBy(refill).plusSeconds(1);
  }

  /**
   * The answer's headers (IETF draft "RateLimit header fields for HTTP"): the burst, what is left,
   * and the seconds until the bucket is full again; a refused call also gets {@code Retry-After},
   * the seconds until the next token.
   */
  public Map<String, String> headers(ConsumptionProbe probe) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("RateLimit-Limit", Long.toString(burst));
    headers.put("RateLimit-Remaining", Long.toString(Math.max(0, probe.getRemainingTokens())));
    headers.put("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
    if (!probe.isConsumed()) {
      headers.put(
          "Retry-After", Long.toString(Math.max(1, seconds(probe.getNanosToWaitForRefill()))));
    }
    return headers;
  }

  /** Whole seconds, rounded up: a caller that waits this long is never early. */
  static long seconds(long nanos) {
    long second = Duration.ofSeconds(1).toNanos();
    return nanos <= 0 ? 0 : (nanos + second - 1) / second;
  }
}
