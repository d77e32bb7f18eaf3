package nl.rapport.interaction;

import static nl.rapport.interaction.ServiceRecovery.Quality.FAIR;
import static nl.rapport.interaction.ServiceRecovery.Quality.GOOD;
import static nl.rapport.interaction.ServiceRecovery.Quality.POOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceRecoveryTest {

  private final ServiceRecovery recovery =
      new ServiceRecovery(Duration.ofHours(48), Duration.ofDays(14));

  @Test
  void fastAndInOneConversationIsGood() {
    assertEquals(GOOD, recovery.assess(true, Duration.ofHours(2)));
    assertEquals(GOOD, recovery.assess(true, Duration.ofHours(48)));
  }

  @Test
  void slowButInOneConversationIsFair() {
    assertEquals(FAIR, recovery.assess(true, Duration.ofHours(49)));
    assertEquals(FAIR, recovery.assess(true, Duration.ofDays(14)));
  }

  @Test
  void passedAroundIsFairOnlyWhenFast() {
    assertEquals(FAIR, recovery.assess(false, Duration.ofHours(3)));
    assertEquals(POOR, recovery.assess(false, Duration.ofHours(49)));
  }

  @Test
  void tooSlowIsPoorWhatever() {
    assertEquals(POOR, recovery.assess(true, Duration.ofDays(15)));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> recovery.assess(true, Duration.ofHours(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServiceRecovery(Duration.ofDays(20), Duration.ofDays(14)));
  }
}
