package nl.rapport.account;

import static nl.rapport.account.RelationshipType.COMMUNAL_SHARING;
import static nl.rapport.account.RelationshipType.MARKET_PRICING;
import static nl.rapport.account.RelationshipType.UNFRAMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReframingTest {

  @Test
  void aChangeNeedsAReason() {
    assertEquals("reason", Reframing.check(UNFRAMED, MARKET_PRICING, " ").orElseThrow().field());
    assertEquals("reason", Reframing.check(UNFRAMED, MARKET_PRICING, null).orElseThrow().field());
    assertEquals(
        "reason",
        Reframing.check(UNFRAMED, MARKET_PRICING, "x".repeat(1001)).orElseThrow().field());
    assertTrue(Reframing.check(UNFRAMED, MARKET_PRICING, "Signed on price").isEmpty());
  }

  @Test
  void noWayBackToProspectAndNoChangeToTheSameType() {
    assertEquals("to", Reframing.check(MARKET_PRICING, UNFRAMED, "reset").orElseThrow().field());
    assertEquals(
        "to", Reframing.check(MARKET_PRICING, MARKET_PRICING, "again").orElseThrow().field());
    assertEquals("to", Reframing.check(MARKET_PRICING, null, "why").orElseThrow().field());
  }

  @Test
  void theFirstFramingIsKeptForGood() {
    assertEquals(MARKET_PRICING, Reframing.framingAtAcquisition(null, UNFRAMED, MARKET_PRICING));
    assertEquals(
        MARKET_PRICING,
        Reframing.framingAtAcquisition(MARKET_PRICING, MARKET_PRICING, COMMUNAL_SHARING));
    assertEquals(
        COMMUNAL_SHARING,
        Reframing.framingAtAcquisition(COMMUNAL_SHARING, COMMUNAL_SHARING, MARKET_PRICING));
  }

  @Test
  void marketToCommunalStartsATrackedTrajectory() {
    UUID account = UUID.randomUUID();
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    Reframed reframing =
        Reframing.transition(
            account, MARKET_PRICING, COMMUNAL_SHARING, now, "anna", " Shared values ");
    assertNotNull(reframing.trajectoryId());
    assertEquals("Shared values", reframing.reason(), "reasons are stored trimmed");
    assertNull(
        Reframing.transition(account, UNFRAMED, COMMUNAL_SHARING, now, "anna", "start")
            .trajectoryId());
    assertNull(
        Reframing.transition(account, COMMUNAL_SHARING, MARKET_PRICING, now, "anna", "price")
            .trajectoryId());
  }
}
