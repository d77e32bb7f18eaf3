package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowanceTest {

  /** A clock the test moves. */
  static final class Clock implements TimeMeter {
    long nanos;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }

    void advance(Duration d) {
      nanos += d.toNanos();
    }
  }

  private static Bucket bucket(Allowance allowance, Clock clock) {
    LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(clock);
    Arrays.stream(allowance.bucket().getBandwidths()).forEach(builder::addLimit);
    return builder.build();
  }

  @Test
  void aBurstPassesThenTheNextCallWaitsForOneRefilledToken() {
    Clock clock = new Clock();
    Allowance allowance = Allowance.perMinute(3, 6); // a token every 10 s
    Bucket bucket = bucket(allowance, clock);

    Map<String, String> first = allowance.headers(bucket.tryConsumeAndReturnRemaining(1));
    assertEquals("3", first.get("RateLimit-Limit"));
    assertEquals("2", first.get("RateLimit-Remaining"));
    assertEquals("10", first.get("RateLimit-Reset"), "one token back to full");
    assertFalse(first.containsKey("Retry-After"));

    bucket.tryConsumeAndReturnRemaining(1);
    Map<String, String> third = allowance.headers(bucket.tryConsumeAndReturnRemaining(1));
    assertEquals("0", third.get("RateLimit-Remaining"));
    assertEquals("30", third.get("RateLimit-Reset"));

    ConsumptionProbe refused = bucket.tryConsumeAndReturnRemaining(1);
    assertFalse(refused.isConsumed());
    Map<String, String> over = allowance.headers(refused);
    assertEquals("10", over.get("Retry-After"));
    assertEquals("0", over.get("RateLimit-Remaining"));

    clock.advance(Duration.ofSeconds(4));
    assertEquals("6", allowance.headers(bucket.tryConsumeAndReturnRemaining(1)).get("Retry-After"));
    clock.advance(Duration.ofSeconds(6));
    assertTrue(bucket.tryConsumeAndReturnRemaining(1).isConsumed(), "a token every 10 s");
  }

  @Test
  void retryAfterIsNeverZeroAndSecondsRoundUp() {
    assertEquals(0, Allowance.seconds(0));
    assertEquals(1, Allowance.seconds(1));
    assertEquals(1, Allowance.seconds(1_000_000_000L));
    assertEquals(2, Allowance.seconds(1_000_000_001L));
    Clock clock = new Clock();
    Allowance fast = Allowance.perMinute(1, 6000); // a token every 10 ms
    Bucket bucket = bucket(fast, clock);
    bucket.tryConsume(1);
    assertEquals("1", fast.headers(bucket.tryConsumeAndReturnRemaining(1)).get("Retry-After"));
  }

  @Test
  void anAllowanceNeedsPositiveNumbers() {
    assertThrows(IllegalArgumentException.class, () -> Allowance.perMinute(0, 10));
    assertThrows(IllegalArgumentException.class, () -> Allowance.perMinute(10, 0));
    assertThrows(IllegalArgumentException.class, () -> new Allowance(1, 1, Duration.ZERO));
    assertEquals(Duration.ofSeconds(31), Allowance.perMinute(3, 6).timeToFill());
  }
}
