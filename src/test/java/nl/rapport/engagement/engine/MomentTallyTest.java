package nl.rapport.engagement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.rapport.ShippedConfig;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.EngagementEngine.Scores;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.engagement.engine.MomentTally.Group;
import nl.rapport.interaction.Purpose;
import org.junit.jupiter.api.Test;

/**
 * A tally must score exactly as the whole history would: built moment by moment over time it equals
 * the tally of the history built at once, and its sums equal those taken moment by moment.
 */
class MomentTallyTest {

  private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
  private static final EngagementSettings SETTINGS = ShippedConfig.engagement();
  private static final double HALF_LIFE = SETTINGS.halfLifeDays();
  private final EngagementEngine engine = new EngagementEngine(SETTINGS);

  /** A random history: moments over about three years, a third with effort, some with NPS. */
  private static List<Moment> history(Random random, int size) {
    List<Moment> moments = new ArrayList<>();
    Instant at = START;
    for (int i = 0; i < size; i++) {
      at = at.plusSeconds(random.nextInt(3 * 86_400 * 1000 / size + 1));
      Integer ces = random.nextInt(3) == 0 ? 1 + random.nextInt(7) : null;
      Integer nps = random.nextInt(6) == 0 ? random.nextInt(11) : null;
      moments.add(
          new Moment(
              UUID.randomUUID(),
              at,
              Channel.values()[random.nextInt(Channel.values().length)],
              Purpose.values()[random.nextInt(Purpose.values().length)],
              ces,
              nps,
              random.nextBoolean() ? 1 + random.nextInt(5) : null));
    }
    return moments;
  }

  private static EngagementFacts facts(MomentTally tally) {
    return new EngagementFacts(
        UUID.randomUUID(),
        RelationshipType.COMMUNAL_SHARING,
        START.minus(Duration.ofDays(10)),
        false,
        false,
        tally,
        List.of(),
        List.of());
  }

  @Test
  void builtMomentByMomentItScoresAsTheWholeHistory() {
    Random random = new Random(20261201);
    for (int round = 0; round < 40; round++) {
      List<Moment> moments = history(random, 1 + random.nextInt(400));
      // logged in order, each added when it happens, some a little late (backdated logs)
      MomentTally incremental = MomentTally.empty(HALF_LIFE, START);
      for (Moment m : moments) {
        Instant loggedAt = m.at().plusSeconds(random.nextInt(3) == 0 ? 86_400 * 3 : 60);
        incremental = incremental.plus(m, loggedAt);
      }
      Instant now = moments.get(moments.size() - 1).at().plus(Duration.ofDays(random.nextInt(90)));
      MomentTally whole = MomentTally.of(moments, HALF_LIFE, now);

      assertEquals(whole.moments(), incremental.moments());
      assertEquals(whole.groups().size(), incremental.groups().size());
      for (Group g : whole.groups()) {
        Group same =
            incremental.groups().stream().filter(i -> i.kind().equals(g.kind())).findFirst().get();
        assertEquals(g.moments(), same.moments());
        assertEquals(g.lastAt(), same.lastAt());
        assertEquals(g.lastInteractionId(), same.lastInteractionId());
        assertEquals(whole.weight(g, now), incremental.weight(same, now), 1e-9 * g.moments());
      }
      Scores a = engine.score(facts(whole), now);
      Scores b = engine.score(facts(incremental), now);
      assertEquals(a.experience(), b.experience());
      assertEquals(a.relationalRelevance(), b.relationalRelevance());
      assertEquals(a.engagement(), b.engagement());
      assertEquals(a.level(), b.level());
      assertEquals(a.churnRisk(), b.churnRisk());
      assertEquals(a.lastPersonalContactAt(), b.lastPersonalContactAt());
    }
  }

  @Test
  void itsSumsAreThoseOfTheMomentsOneByOne() {
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      List<Moment> moments = history(random, 1 + random.nextInt(300));
      Instant now = moments.get(moments.size() - 1).at().plus(Duration.ofDays(30));
      MomentTally tally = MomentTally.of(moments, HALF_LIFE, now);
      Scores s = engine.score(facts(tally), now);

      // the rules of docs/scoring.md applied to each moment, as the first engine did
      double participation = 0;
      double effortRisk = 0;
      double weightSum = 0;
      double weighted = 0;
      boolean anyParticipation = false;
      for (Moment m : moments) {
        double w =
            Math.pow(0.5, (now.getEpochSecond() - m.at().getEpochSecond()) / 86_400.0 / HALF_LIFE);
        if (m.purpose() == Purpose.CO_CREATION || m.channel() == Channel.COMMUNITY) {
          participation += w;
          anyParticipation = true;
        }
        if (m.effortScore() != null && m.effortScore() <= SETTINGS.highEffortMax()) {
          effortRisk += SETTINGS.highEffortRisk() * w;
        }
        Double points = points(m);
        if (points != null) {
          weightSum += w;
          weighted += w * points;
        }
      }
      Integer expectedParticipation =
          anyParticipation
              ? (int)
                  Math.round(
                      Math.max(
                          0,
                          Math.min(
                              100,
                              100
                                  * (1
                                      - Math.exp(
                                          -participation / SETTINGS.relationalSaturation())))))
              : null;
      assertEquals(expectedParticipation, s.participation());
      double tallied =
          tally.groups().stream()
              .filter(
                  g ->
                      g.kind().effortScore() != null
                          && g.kind().effortScore() <= SETTINGS.highEffortMax())
              .mapToDouble(g -> SETTINGS.highEffortRisk() * tally.weight(g, now))
              .sum();
      assertEquals(effortRisk, tallied, 1e-9 * moments.size());
      Instant lastPersonal =
          moments.stream()
              .filter(m -> m.channel().isPersonal())
              .map(Moment::at)
              .max(Comparator.naturalOrder())
              .orElse(null);
      assertEquals(lastPersonal, s.lastPersonalContactAt());
      if (weightSum > 0) {
        double average = weighted / weightSum;
        double taken =
            s.evidence().stream()
                .filter(e -> e.code().equals("evidence.average"))
                .findFirst()
                .map(e -> Double.parseDouble(e.args().get(0)))
                .orElseThrow();
        assertEquals(Math.round(average), taken, 0.0);
        long scored = moments.stream().filter(m -> points(m) != null).count();
        assertEquals(
            String.valueOf(scored),
            s.evidence().stream()
                .filter(e -> e.code().equals("evidence.average"))
                .findFirst()
                .orElseThrow()
                .args()
                .get(1),
            "the average names how many moments it took");
      }
    }
  }

  private static Double points(Moment m) {
    if (m.effortScore() != null && m.npsScore() != null) {
      return ((m.effortScore() - 1) / 6.0 * 100 + m.npsScore() * 10) / 2;
    }
    if (m.effortScore() != null) {
      return (m.effortScore() - 1) / 6.0 * 100;
    }
    return m.npsScore() == null ? null : m.npsScore() * 10.0;
  }

  @Test
  void repeatedMomentsAreOneGroupWithTheirCount() {
    Instant now = START.plus(Duration.ofDays(100));
    List<Moment> moments = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      moments.add(
          new Moment(
              UUID.randomUUID(),
              START.plusSeconds(i * 300L),
              Channel.COMMUNITY,
              Purpose.CO_CREATION,
              null,
              null,
              null));
    }
    MomentTally tally = MomentTally.of(moments, HALF_LIFE, now);
    assertEquals(1, tally.groups().size());
    assertEquals(20_000, tally.moments());
    assertEquals(moments.get(19_999).interactionId(), tally.groups().get(0).lastInteractionId());
    Scores s = engine.score(facts(tally), now);
    assertEquals(100, s.participation());
    assertEquals(
        List.of("COMMUNITY", "CO_CREATION", "20000"),
        s.evidence().stream()
            .filter(e -> e.code().equals("evidence.participation.repeated"))
            .findFirst()
            .orElseThrow()
            .args());
  }

  @Test
  void aMomentAheadOfTheClockCountsAsNow() {
    Instant now = START;
    Moment ahead =
        new Moment(
            UUID.randomUUID(),
            now.plusSeconds(240),
            Channel.VISIT,
            Purpose.APPRECIATION,
            null,
            null,
            null);
    MomentTally tally = MomentTally.empty(HALF_LIFE, now).plus(ahead, now);
    assertEquals(1.0, tally.weight(tally.groups().get(0), now), 0.0);
    assertEquals(ahead.at(), tally.groups().get(0).lastAt(), "its time is kept as logged");
  }

  @Test
  void aTallyOfAnotherHalfLifeIsRefused() {
    MomentTally tally = MomentTally.empty(HALF_LIFE * 2, START);
    assertThrows(IllegalArgumentException.class, () -> engine.score(facts(tally), START));
  }
}
