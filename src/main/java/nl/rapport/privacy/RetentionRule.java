package nl.rapport.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * When a contact of a former account is anonymised: once the account has been FORMER for the whole
 * period and nothing was logged on it during that period either (a former customer who is still in
 * conversation is kept). Plain Java, so that the rule is tested on its own.
 */
public record RetentionRule(Duration period) {

  public RetentionRule {
    if (period.isNegative()) {
      throw new IllegalArgumentException("a retention period cannot be negative: " + period);
    }
  }

  public static RetentionRule days(long days) {
    return new RetentionRule(Duration.ofDays(days));
  }

  /** Moments at or before this one are old enough. */
  public Instant cutoff(Instant now) {
    return now.minus(period);
  }

  /** Whether a contact of an account FORMER since {@code formerSince} is due at {@code now}. */
  public boolean due(Instant formerSince, Instant lastMoment, Instant now) {
    Instant cutoff = cutoff(now);
    return formerSince != null
        && !formerSince.isAfter(cutoff)
        && (lastMoment == null || !lastMoment.isAfter(cutoff));
  }
}
