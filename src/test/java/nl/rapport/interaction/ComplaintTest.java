package nl.rapport.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.platform.RapportException;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  private static final Instant OPENED = Instant.parse("2026-11-01T09:00:00Z");
  private final ServiceRecovery recovery =
      new ServiceRecovery(Duration.ofHours(48), Duration.ofDays(14));

  private static Interaction interaction(Purpose purpose) {
    return new Interaction(
        UUID.randomUUID(),
        null,
        "anna",
        OPENED,
        OPENED,
        Channel.PHONE,
        purpose,
        2,
        null,
        null,
        "Late delivery",
        null,
        null);
  }

  @Test
  void onlyAComplaintInteractionOpensOne() {
    assertThrows(
        IllegalArgumentException.class, () -> Complaint.openedBy(interaction(Purpose.CHECK_IN)));
    Complaint complaint = Complaint.openedBy(interaction(Purpose.COMPLAINT));
    assertEquals(Complaint.Status.OPEN, complaint.getStatus());
    assertEquals(OPENED, complaint.getOpenedAt());
  }

  @Test
  void resolvingDerivesTheRecoveryQualityOnce() {
    Complaint complaint = Complaint.openedBy(interaction(Purpose.COMPLAINT));
    complaint.resolve(true, OPENED.plus(Duration.ofHours(3)), "Sent a new part", "anna", recovery);
    assertEquals(Complaint.Status.RESOLVED, complaint.getStatus());
    assertEquals(ServiceRecovery.Quality.GOOD, complaint.getRecoveryQuality());
    assertEquals(Duration.ofHours(3), complaint.timeToResolve());
    RapportException again =
        assertThrows(
            RapportException.class,
            () ->
                complaint.resolve(
                    false, OPENED.plus(Duration.ofDays(1)), "again", "anna", recovery));
    assertEquals(409, again.status());
  }

  @Test
  void cannotBeResolvedBeforeItOpened() {
    Complaint complaint = Complaint.openedBy(interaction(Purpose.COMPLAINT));
    RapportException early =
        assertThrows(
            RapportException.class,
            () -> complaint.resolve(true, OPENED.minusSeconds(60), null, "anna", recovery));
    assertEquals("resolvedAt", early.field());
    assertEquals(Complaint.Status.OPEN, complaint.getStatus());
  }
}
