package nl.rapport.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import org.junit.jupiter.api.Test;

class ReframingTrajectoryTest {

  private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

  private static ReframingTrajectory plan(String... steps) {
    return ReframingTrajectory.plan(
        UUID.randomUUID(), UUID.randomUUID(), " Feels like a partner ", List.of(steps), "anna", AT);
  }

  @Test
  void aPlanHasAGoalAndItsNamedStepsInOrder() {
    ReframingTrajectory t = plan("Visit in person", " ", "Invite to the user group");
    assertEquals("Feels like a partner", t.getGoal());
    assertEquals(
        List.of("Visit in person", "Invite to the user group"),
        t.getSteps().stream().map(TrajectoryStep::getDescription).toList(),
        "blank lines are no steps");
    assertEquals(ReframingTrajectory.Status.ACTIVE, t.getStatus());
    assertEquals(0, t.progressPercent());
  }

  @Test
  void aPlanWithoutAGoalOrStepsOrWithTooManyIsRefusedNamingTheField() {
    assertEquals(
        "goal",
        assertThrows(
                RapportException.class,
                () ->
                    ReframingTrajectory.plan(
                        UUID.randomUUID(), UUID.randomUUID(), " ", List.of("a"), "anna", AT))
            .field());
    assertEquals("steps", assertThrows(RapportException.class, () -> plan(" ")).field());
    String[] thirteen = Collections.nCopies(13, "step").toArray(String[]::new);
    assertEquals("steps", assertThrows(RapportException.class, () -> plan(thirteen)).field());
    assertEquals(
        "steps", assertThrows(RapportException.class, () -> plan("x".repeat(301))).field());
  }

  @Test
  void theLastStepDoneAchievesItAndThenNothingChanges() {
    ReframingTrajectory t = plan("Visit", "Invite", "Co-create");
    t.check(0, true, "anna", AT);
    t.check(2, true, "bram", AT.plusSeconds(60));
    assertEquals(66, t.progressPercent());
    t.check(2, false, "bram", AT.plusSeconds(90));
    assertEquals(1, t.stepsDone(), "a mis-click is undone");
    assertNull(t.getSteps().get(2).getDoneBy());
    t.check(1, true, "anna", AT.plusSeconds(120));
    t.check(2, true, "anna", AT.plusSeconds(180));
    assertEquals(ReframingTrajectory.Status.ACHIEVED, t.getStatus());
    assertEquals(AT.plusSeconds(180), t.getClosedAt());
    assertEquals(100, t.progressPercent());
    assertEquals(
        409, assertThrows(RapportException.class, () -> t.check(0, false, "anna", AT)).status());
    ReframingTrajectory one = plan("a");
    assertEquals(
        "position",
        assertThrows(RapportException.class, () -> one.check(3, true, "anna", AT)).field());
  }

  @Test
  void movingBackToMarketPricingAbandonsAnActiveTrajectoryOnly() {
    ReframingTrajectory active = plan("Visit");
    active.abandon(AT);
    assertEquals(ReframingTrajectory.Status.ABANDONED, active.getStatus());
    ReframingTrajectory achieved = plan("Visit");
    achieved.check(0, true, "anna", AT);
    achieved.abandon(AT.plusSeconds(60));
    assertEquals(
        ReframingTrajectory.Status.ACHIEVED, achieved.getStatus(), "what was achieved stays");
  }
}
