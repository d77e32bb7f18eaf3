package nl.rapport.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.platform.RapportException;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private static final Instant LOGGED = Instant.parse("2026-11-01T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-03");

  private static Interaction moment(LocalDate followUpOn) {
    return new Interaction(
        UUID.randomUUID(),
        null,
        "anna",
        LOGGED,
        LOGGED,
        Channel.PHONE,
        Purpose.SALES,
        null,
        null,
        null,
        "Send the offer",
        followUpOn,
        null);
  }

  @Test
  void aMomentWithAFollowUpDateGivesATaskDueThen() {
    Interaction moment = moment(LocalDate.parse("2026-11-02"));
    FollowUp task = FollowUp.of(moment);
    assertEquals(moment.getId(), task.getInteractionId());
    assertEquals(moment.getAccountId(), task.getAccountId());
    assertEquals(LocalDate.parse("2026-11-02"), task.getDueDate());
    assertFalse(task.isDone());
    assertThrows(IllegalArgumentException.class, () -> FollowUp.of(moment(null)));
  }

  @Test
  void aTaskIsDoneOnce() {
    FollowUp task = FollowUp.of(moment(TODAY));
    Instant at = Instant.parse("2026-11-03T10:00:00Z");
    task.markDone("bram", at);
    assertTrue(task.isDone());
    assertEquals("bram", task.getDoneBy());
    assertEquals(at, task.getDoneAt());
    RapportException again =
        assertThrows(RapportException.class, () -> task.markDone("anna", at.plusSeconds(60)));
    assertEquals(409, again.status());
    assertEquals("bram", task.getDoneBy(), "the first one stays");
  }

  @Test
  void reschedulingMovesTheDueDateToTodayOrLaterAndMarksTheMoment() {
    FollowUp task = FollowUp.of(moment(LocalDate.parse("2026-11-02")));
    Instant at = Instant.parse("2026-11-03T10:00:00Z");
    task.reschedule(TODAY, TODAY, "anna", at);
    assertEquals(TODAY, task.getDueDate());
    assertEquals(at, task.getRescheduledAt());

    RapportException past =
        assertThrows(
            RapportException.class, () -> task.reschedule(TODAY.minusDays(1), TODAY, "anna", at));
    assertEquals("dueDate", past.field());
    assertEquals(TODAY, task.getDueDate(), "unchanged");
    assertEquals(
        "dueDate",
        assertThrows(RapportException.class, () -> task.reschedule(null, TODAY, "anna", at))
            .field());

    task.markDone("anna", at);
    assertEquals(
        409,
        assertThrows(
                RapportException.class, () -> task.reschedule(TODAY.plusDays(7), TODAY, "anna", at))
            .status());
  }
}
