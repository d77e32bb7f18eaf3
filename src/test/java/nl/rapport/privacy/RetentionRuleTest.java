package nl.rapport.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  private final Instant now = Instant.parse("2026-12-01T03:15:00Z");
  private final RetentionRule twoYears = RetentionRule.days(730);

  @Test
  void dueOnceFormerForTheWholePeriodWithNothingLoggedInIt() {
    Instant longAgo = now.minus(Duration.ofDays(800));
    assertTrue(twoYears.due(longAgo, longAgo, now));
    assertTrue(twoYears.due(longAgo, null, now), "never a contact moment");
    assertTrue(twoYears.due(now.minus(Duration.ofDays(730)), null, now), "on the day itself");
  }

  @Test
  void notDueWhileTheAccountIsActiveOrFormerForLessOrStillInConversation() {
    Instant longAgo = now.minus(Duration.ofDays(800));
    assertFalse(twoYears.due(null, longAgo, now), "not former");
    assertFalse(twoYears.due(now.minus(Duration.ofDays(729)), longAgo, now));
    assertFalse(
        twoYears.due(longAgo, now.minus(Duration.ofDays(10)), now), "a recent moment keeps them");
  }

  @Test
  void aZeroPeriodIsAsSoonAsFormerAndANegativeOneIsRefused() {
    RetentionRule atOnce = RetentionRule.days(0);
    assertEquals(now, atOnce.cutoff(now));
    assertTrue(atOnce.due(now, now.minusSeconds(1), now));
    assertFalse(atOnce.due(now.plusSeconds(1), null, now));
    assertThrows(IllegalArgumentException.class, () -> RetentionRule.days(-1));
  }
}
