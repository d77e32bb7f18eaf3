package nl.rapport.engagement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.ShippedConfig;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.EngagementEngine.Scores;
import nl.rapport.engagement.engine.EngagementFacts.ComplaintFact;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.engagement.engine.EngagementFacts.Signal;
import nl.rapport.interaction.Purpose;
import nl.rapport.interaction.ServiceRecovery.Quality;
import org.junit.jupiter.api.Test;

/** The engine's rules, mostly as twins: two accounts that differ in one thing. */
class EngagementEngineTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private final EngagementEngine engine = new EngagementEngine(ShippedConfig.engagement());

  /** A small builder for an account's facts. */
  private static final class Account {
    RelationshipType type = RelationshipType.MARKET_PRICING;
    boolean community;
    boolean activator;
    final List<Moment> moments = new ArrayList<>();
    final List<ComplaintFact> complaints = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();

    Account moment(
        int daysAgo, Channel channel, Purpose purpose, Integer ces, Integer nps, Integer csat) {
      moments.add(
          new Moment(
              UUID.randomUUID(),
              NOW.minus(Duration.ofDays(daysAgo)),
              channel,
              purpose,
              ces,
              nps,
              csat));
      return this;
    }

    Account complaint(int openedDaysAgo, Integer resolvedDaysAgo, Quality quality) {
      UUID id = UUID.randomUUID();
      moments.add(
          new Moment(
              id,
              NOW.minus(Duration.ofDays(openedDaysAgo)),
              Channel.PHONE,
              Purpose.COMPLAINT,
              2,
              null,
              null));
      complaints.add(
          new ComplaintFact(
              id,
              NOW.minus(Duration.ofDays(openedDaysAgo)),
              resolvedDaysAgo == null ? null : NOW.minus(Duration.ofDays(resolvedDaysAgo)),
              quality));
      return this;
    }

    EngagementFacts facts() {
      return new EngagementFacts(
          UUID.randomUUID(),
          type,
          NOW.minus(Duration.ofDays(800)),
          community,
          activator,
          MomentTally.of(moments, ShippedConfig.engagement().halfLifeDays(), NOW),
          complaints,
          signals);
    }
  }

  private Scores score(Account a) {
    return engine.score(a.facts(), NOW);
  }

  @Test
  void noEvidenceIsUnknownNotZero() {
    Scores scores = score(new Account());
    assertNull(scores.identification());
    assertNull(scores.experience());
    assertNull(scores.participation());
    assertNull(scores.relationalRelevance());
    assertNull(scores.engagement());
    assertNull(scores.level());
  }

  @Test
  void experienceFollowsThePeakEndRuleSoOrderMatters() {
    Account goodEnding =
        new Account()
            .moment(60, Channel.PHONE, Purpose.SERVICE_REQUEST, 2, null, null)
            .moment(5, Channel.PHONE, Purpose.SERVICE_REQUEST, 7, null, null);
    Account badEnding =
        new Account()
            .moment(60, Channel.PHONE, Purpose.SERVICE_REQUEST, 7, null, null)
            .moment(5, Channel.PHONE, Purpose.SERVICE_REQUEST, 2, null, null);
    int good = score(goodEnding).experience();
    int bad = score(badEnding).experience();
    assertTrue(
        good > bad, "the same moments in another order give another score: " + good + " vs " + bad);
    assertTrue(good - bad > 25, "the most recent moment weighs much more than its share");
  }

  @Test
  void aWellRecoveredComplaintLiftsEngagementAboveNeverComplaining() {
    Account neverComplained =
        new Account().moment(30, Channel.VISIT, Purpose.CHECK_IN, 6, null, null);
    Account recovered =
        new Account()
            .moment(30, Channel.VISIT, Purpose.CHECK_IN, 6, null, null)
            .complaint(10, 9, Quality.GOOD);
    Scores calm = score(neverComplained);
    Scores paradox = score(recovered);
    assertTrue(
        paradox.experience() > calm.experience(),
        paradox.experience() + " vs " + calm.experience());
    assertTrue(paradox.engagement() > calm.engagement());
  }

  @Test
  void anOpenComplaintIsALowPointAndAStrongChurnSignal() {
    Account calm = new Account().moment(30, Channel.VISIT, Purpose.CHECK_IN, 6, null, null);
    Account open =
        new Account()
            .moment(30, Channel.VISIT, Purpose.CHECK_IN, 6, null, null)
            .complaint(3, null, null);
    Scores a = score(calm);
    Scores b = score(open);
    assertTrue(b.experience() < a.experience());
    assertTrue(b.churnRisk() >= a.churnRisk() + 30, b.churnRisk() + " vs " + a.churnRisk());
    assertTrue(
        b.evidence().stream().anyMatch(e -> e.code().equals("evidence.churn.openComplaint")));
  }

  @Test
  void aBadlyResolvedComplaintRaisesChurnRisk() {
    Account good =
        new Account()
            .moment(20, Channel.VISIT, Purpose.CHECK_IN, 6, null, null)
            .complaint(40, 39, Quality.GOOD);
    Account poor =
        new Account()
            .moment(20, Channel.VISIT, Purpose.CHECK_IN, 6, null, null)
            .complaint(40, 10, Quality.POOR);
    assertTrue(score(poor).churnRisk() > score(good).churnRisk());
    assertTrue(score(poor).experience() < score(good).experience());
  }

  @Test
  void csatMovesNeitherScore() {
    Account unhappy = new Account().moment(10, Channel.PHONE, Purpose.CHECK_IN, 5, 8, 1);
    Account happy = new Account().moment(10, Channel.PHONE, Purpose.CHECK_IN, 5, 8, 5);
    Scores a = score(unhappy);
    Scores b = score(happy);
    assertEquals(a.experience(), b.experience());
    assertEquals(a.engagement(), b.engagement());
    assertEquals(a.churnRisk(), b.churnRisk());
  }

  @Test
  void highEffortAndDetractorsRaiseChurnRisk() {
    Account easy = new Account().moment(10, Channel.PHONE, Purpose.SERVICE_REQUEST, 6, 8, null);
    Account hard = new Account().moment(10, Channel.PHONE, Purpose.SERVICE_REQUEST, 2, 8, null);
    Account detractor =
        new Account().moment(10, Channel.PHONE, Purpose.SERVICE_REQUEST, 6, 3, null);
    assertTrue(score(hard).churnRisk() > score(easy).churnRisk());
    assertTrue(score(detractor).churnRisk() > score(easy).churnRisk());
  }

  @Test
  void evidenceDecaysWithAge() {
    Account recent =
        new Account().moment(10, Channel.PHONE, Purpose.SERVICE_REQUEST, 1, null, null);
    Account old =
        new Account()
            .moment(300, Channel.PHONE, Purpose.SERVICE_REQUEST, 1, null, null)
            .moment(10, Channel.PHONE, Purpose.CHECK_IN, null, null, null);
    double recentEffort = effect(score(recent), "evidence.churn.highEffort");
    double oldEffort = effect(score(old), "evidence.churn.highEffort");
    assertTrue(oldEffort < recentEffort / 2, oldEffort + " vs " + recentEffort);
    assertEquals(
        0.5, engine.decay(NOW.minus(Duration.ofDays(180)), NOW), 1e-9, "half-life of 180 days");
  }

  @Test
  void personalContactCadenceDependsOnTheRelationshipType() {
    Account communal = new Account().moment(45, Channel.VISIT, Purpose.CHECK_IN, null, null, null);
    communal.type = RelationshipType.COMMUNAL_SHARING;
    Account market = new Account().moment(45, Channel.VISIT, Purpose.CHECK_IN, null, null, null);
    market.type = RelationshipType.MARKET_PRICING;
    Scores c = score(communal);
    Scores m = score(market);
    assertTrue(
        c.personalContactDue().isBefore(NOW), "communal accounts need contact every 30 days");
    assertTrue(m.personalContactDue().isAfter(NOW), "market-pricing accounts every 60");
    assertTrue(c.churnRisk() > m.churnRisk());
  }

  @Test
  void digitalOnlyContactIsAChurnSignal() {
    Account digital =
        new Account()
            .moment(20, Channel.EMAIL, Purpose.SERVICE_REQUEST, null, null, null)
            .moment(200, Channel.VISIT, Purpose.CHECK_IN, null, null, null);
    Account personal =
        new Account()
            .moment(20, Channel.PHONE, Purpose.SERVICE_REQUEST, null, null, null)
            .moment(200, Channel.VISIT, Purpose.CHECK_IN, null, null, null);
    assertTrue(
        score(digital).evidence().stream()
            .anyMatch(e -> e.code().equals("evidence.churn.digitalOnly")));
    assertTrue(
        score(personal).evidence().stream()
            .noneMatch(e -> e.code().equals("evidence.churn.digitalOnly")));
  }

  @Test
  void relationalRelevanceCombinesParticipationAppreciationAndSensation() {
    Account a =
        new Account()
            .moment(10, Channel.COMMUNITY, Purpose.CO_CREATION, null, null, null)
            .moment(20, Channel.PHONE, Purpose.APPRECIATION, null, null, null);
    Scores s = score(a);
    assertNotNull(s.participation());
    assertNotNull(s.appreciation());
    assertNull(s.sensation(), "no special experience or event yet");
    assertEquals(
        Math.round((s.participation() + s.appreciation()) / 2.0), s.relationalRelevance(), 1);
    Account more =
        new Account()
            .moment(10, Channel.COMMUNITY, Purpose.CO_CREATION, null, null, null)
            .moment(12, Channel.COMMUNITY, Purpose.CO_CREATION, null, null, null)
            .moment(20, Channel.PHONE, Purpose.APPRECIATION, null, null, null);
    assertTrue(score(more).participation() > s.participation());
  }

  @Test
  void ambassadorNeedsAdvocacy() {
    Account fan = strongAccount();
    Account ambassador = strongAccount();
    ambassador.moment(15, Channel.PHONE, Purpose.CHECK_IN, 7, 10, null);
    Scores f = score(fan);
    Scores a = score(ambassador);
    assertTrue(f.engagement() >= 80, "strong enough: " + f.engagement());
    assertEquals(
        EngagementLevel.FAN, f.level(), "no promoter score, referral or social activation");
    assertEquals(EngagementLevel.AMBASSADOR, a.level());
    Account referred = strongAccount();
    referred.signals.add(new Signal(SignalKind.REFERRAL, null, NOW.minus(Duration.ofDays(30))));
    assertEquals(EngagementLevel.AMBASSADOR, score(referred).level());
  }

  @Test
  void identificationComesFromAssessmentsAndMembership() {
    Account assessed = new Account();
    assessed.signals.add(new Signal(SignalKind.BRAND_FIT, 5, NOW.minus(Duration.ofDays(1))));
    assertEquals(100, score(assessed).identification());
    Account lukewarm = new Account();
    lukewarm.signals.add(new Signal(SignalKind.BRAND_FIT, 2, NOW.minus(Duration.ofDays(1))));
    Account member = new Account();
    member.signals.add(new Signal(SignalKind.BRAND_FIT, 2, NOW.minus(Duration.ofDays(1))));
    member.community = true;
    assertTrue(score(member).identification() > score(lukewarm).identification());
  }

  @Test
  void everyNumberHasItsEvidence() {
    Scores s = score(strongAccount().complaint(50, 49, Quality.GOOD));
    for (Driver d :
        List.of(
            Driver.IDENTIFICATION,
            Driver.EXPERIENCE,
            Driver.PARTICIPATION,
            Driver.APPRECIATION,
            Driver.SENSATION,
            Driver.RELATIONAL_RELEVANCE,
            Driver.ENGAGEMENT)) {
      assertTrue(s.evidence().stream().anyMatch(e -> e.driver() == d), "evidence for " + d);
    }
    assertNotEquals(0, s.evidence().size());
  }

  private static Account strongAccount() {
    Account a =
        new Account()
            .moment(5, Channel.VISIT, Purpose.CO_CREATION, 7, null, null)
            .moment(8, Channel.COMMUNITY, Purpose.CO_CREATION, null, null, null)
            .moment(9, Channel.COMMUNITY, Purpose.CO_CREATION, null, null, null)
            .moment(12, Channel.PHONE, Purpose.APPRECIATION, null, null, null)
            .moment(13, Channel.PHONE, Purpose.APPRECIATION, null, null, null)
            .moment(14, Channel.EVENT, Purpose.SPECIAL_EXPERIENCE, 7, null, null)
            .moment(16, Channel.EVENT, Purpose.SPECIAL_EXPERIENCE, null, null, null);
    a.community = true;
    a.signals.add(new Signal(SignalKind.BRAND_FIT, 5, NOW.minus(Duration.ofDays(3))));
    return a;
  }

  private static double effect(Scores s, String code) {
    return s.evidence().stream()
        .filter(e -> e.code().equals(code))
        .mapToDouble(Evidence::effect)
        .sum();
  }
}
