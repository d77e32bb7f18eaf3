package nl.rapport.engagement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.ShippedConfig;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.EngagementEngine.Scores;
import nl.rapport.engagement.engine.EngagementFacts.ComplaintFact;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.interaction.Purpose;
import nl.rapport.interaction.ServiceRecovery.Quality;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/scoring.md, number for number, with the shipped settings: if a rule or
 * a default changes, this test and the document change together.
 */
class WorkedExampleTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private final EngagementEngine engine = new EngagementEngine(ShippedConfig.engagement());

  private static final UUID VISIT = UUID.randomUUID();
  private static final UUID COMPLAINT = UUID.randomUUID();

  /** A market-pricing account, a community member; a visit 30 days ago with CES 6. */
  private static EngagementFacts account(boolean withComplaint) {
    Moment visit =
        new Moment(
            VISIT, NOW.minus(Duration.ofDays(30)), Channel.VISIT, Purpose.CHECK_IN, 6, null, null);
    Instant opened = NOW.minus(Duration.ofDays(10));
    Moment complaint =
        new Moment(COMPLAINT, opened, Channel.PHONE, Purpose.COMPLAINT, 2, null, null);
    return new EngagementFacts(
        UUID.randomUUID(),
        RelationshipType.MARKET_PRICING,
        NOW.minus(Duration.ofDays(800)),
        true,
        false,
        MomentTally.of(
            withComplaint ? List.of(visit, complaint) : List.of(visit),
            ShippedConfig.engagement().halfLifeDays(),
            NOW),
        withComplaint
            ? List.of(
                new ComplaintFact(
                    COMPLAINT, opened, opened.plus(Duration.ofHours(3)), Quality.GOOD))
            : List.of(),
        List.of());
  }

  @Test
  void theRecoveredAccountScoresAsDocumented() {
    Scores s = engine.score(account(true), NOW);
    assertEquals(93, s.experience(), "0.4 × 100 + 0.4 × 100 + 0.2 × 66.3");
    assertEquals(75, s.identification(), "community member");
    assertNull(s.participation());
    assertNull(s.appreciation());
    assertNull(s.sensation());
    assertNull(s.relationalRelevance(), "no participation, appreciation or sensation yet");
    assertEquals(85, s.engagement(), "(0.3 × 75 + 0.4 × 93.3) / 0.7");
    assertEquals(EngagementLevel.FAN, s.level(), "≥ 80 but no advocacy");
    assertTrue(
        s.evidence().stream().anyMatch(e -> e.code().equals("evidence.advocacy.missing")),
        "the evidence says advocacy is missing");
    assertEquals(14, s.churnRisk(), "the CES 2 moment: 15 × 0.962");
    assertEquals(ChurnRiskBucket.LOW, s.churnBucket());
    assertEquals(NOW.minus(Duration.ofDays(10)), s.lastPersonalContactAt(), "the phone call");
    assertEquals(
        NOW.minus(Duration.ofDays(10)).plus(Duration.ofDays(60)),
        s.personalContactDue(),
        "market-pricing cadence: 60 days");
  }

  @Test
  void itsTwinWithoutTheComplaintIsBehind() {
    Scores s = engine.score(account(false), NOW);
    assertEquals(83, s.experience());
    assertEquals(80, s.engagement(), "79.8, rounded for display");
    assertEquals(EngagementLevel.FAN, s.level(), "79.8 is below the ambassador threshold");
    assertEquals(0, s.churnRisk());
    assertTrue(engine.score(account(true), NOW).engagement() > s.engagement());
  }
}
