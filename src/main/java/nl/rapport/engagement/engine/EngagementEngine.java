package nl.rapport.engagement.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import nl.rapport.engagement.engine.EngagementFacts.ComplaintFact;
import nl.rapport.engagement.engine.EngagementFacts.Signal;
import nl.rapport.engagement.engine.MomentTally.Group;
import nl.rapport.engagement.engine.MomentTally.Kind;
import nl.rapport.interaction.ServiceRecovery;

/**
 * Turns an account's facts into explainable loyalty (reasons to stay) and churn risk (reasons to
 * leave) — two separate scores, as seed 004 asks. Plain Java: no container, no clock of its own.
 * The rules and constants are explained in docs/scoring.md.
 */
public final class EngagementEngine {

  private static final double DAY_SECONDS = 86_400.0;

  private final EngagementSettings settings;

  public EngagementEngine(EngagementSettings settings) {
    this.settings = Objects.requireNonNull(settings);
  }

  public EngagementSettings settings() {
    return settings;
  }

  /** The computed numbers: each driver 0–100 or null when there is no evidence. */
  public record Scores(
      Integer identification,
      Integer experience,
      Integer participation,
      Integer appreciation,
      Integer sensation,
      Integer relationalRelevance,
      Integer engagement,
      EngagementLevel level,
      int churnRisk,
      ChurnRiskBucket churnBucket,
      Instant lastPersonalContactAt,
      Instant personalContactDue,
      List<Evidence> evidence) {}

  public Scores score(EngagementFacts facts, Instant now) {
    if (facts.moments().halfLifeDays() != settings.halfLifeDays()) {
      throw new IllegalArgumentException(
          "moments tallied with half-life "
              + facts.moments().halfLifeDays()
              + ", scored with "
              + settings.halfLifeDays());
    }
    List<Evidence> evidence = new ArrayList<>();
    Double identification = identification(facts, now, evidence);
    Double experience = experience(facts, now, evidence);
    Double participation =
        subDriver(
            facts,
            now,
            evidence,
            Driver.PARTICIPATION,
            Kind::participation,
            "evidence.participation");
    Double appreciation =
        subDriver(
            facts, now, evidence, Driver.APPRECIATION, Kind::appreciation, "evidence.appreciation");
    Double sensation =
        subDriver(facts, now, evidence, Driver.SENSATION, Kind::sensation, "evidence.sensation");
    Double relational = mean(participation, appreciation, sensation);
    if (relational != null) {
      evidence.add(
          Evidence.of(
              Driver.RELATIONAL_RELEVANCE,
              relational,
              "evidence.relational",
              null,
              round(relational)));
    }

    Double engagement =
        weighted(
            new double[] {
              settings.identificationWeight(),
              settings.experienceWeight(),
              settings.relationalWeight()
            },
            identification,
            experience,
            relational);
    EngagementLevel level = null;
    if (engagement != null) {
      level = level(engagement, facts, now, evidence);
      evidence.add(
          Evidence.of(
              Driver.ENGAGEMENT,
              engagement,
              "evidence.engagement",
              null,
              round(engagement),
              level));
    }

    Instant lastPersonal =
        facts.moments().groups().stream()
            .filter(g -> g.kind().personal())
            .map(Group::lastAt)
            .max(Comparator.naturalOrder())
            .orElse(null);
    int cadence = settings.cadenceDays(facts.relationshipType());
    Instant since = lastPersonal != null ? lastPersonal : facts.accountCreatedAt();
    Instant due = since == null ? null : since.plus(Duration.ofDays(cadence));
    double churn = churnRisk(facts, now, lastPersonal, due, cadence, evidence);
    ChurnRiskBucket bucket =
        churn >= settings.highRiskFrom()
            ? ChurnRiskBucket.HIGH
            : churn >= settings.mediumRiskFrom() ? ChurnRiskBucket.MEDIUM : ChurnRiskBucket.LOW;

    return new Scores(
        round(identification),
        round(experience),
        round(participation),
        round(appreciation),
        round(sensation),
        round(relational),
        round(engagement),
        level,
        (int) Math.round(churn),
        bucket,
        lastPersonal,
        due,
        List.copyOf(evidence));
  }

  /** Evidence loses half its weight every half-life. */
  double decay(Instant at, Instant now) {
    return MomentTally.decay(at, now, settings.halfLifeDays());
  }

  // ---- brand identification: assessments, community membership, social activation

  private Double identification(EngagementFacts facts, Instant now, List<Evidence> evidence) {
    record Point(double points, double weight, String code, Object arg) {}
    List<Point> points = new ArrayList<>();
    for (Signal s : facts.signals()) {
      if (s.kind() == SignalKind.BRAND_FIT && s.value() != null) {
        points.add(
            new Point((s.value() - 1) * 25.0, decay(s.at(), now), "evidence.brandFit", s.value()));
      }
    }
    if (facts.communityMember()) {
      points.add(new Point(settings.communityMemberPoints(), 1, "evidence.communityMember", ""));
    }
    if (facts.socialActivator()) {
      points.add(new Point(settings.socialActivatorPoints(), 1, "evidence.socialActivator", ""));
    }
    double totalWeight = points.stream().mapToDouble(Point::weight).sum();
    if (points.isEmpty() || totalWeight <= 0) {
      return null;
    }
    double score = 0;
    for (Point p : points) {
      double share = p.weight() * p.points() / totalWeight;
      score += share;
      evidence.add(
          Evidence.of(Driver.IDENTIFICATION, share, p.code(), null, p.arg(), round(p.points())));
    }
    return clamp(score);
  }

  // ---- experience: peak-end, with service recovery as high or low points

  /** A moment with points: a group of equal moments (its latest one), or a complaint. */
  private record Point(
      Instant at,
      double points,
      double weight,
      int moments,
      String code,
      java.util.UUID interactionId,
      Object arg) {}

  private Double experience(EngagementFacts facts, Instant now, List<Evidence> evidence) {
    List<Point> points = new ArrayList<>();
    MomentTally tally = facts.moments();
    for (Group g : tally.groups()) {
      // CSAT is deliberately absent: satisfaction does not predict loyalty (seed 004)
      Integer ces = g.kind().effortScore();
      Integer nps = g.kind().npsScore();
      double w = tally.weight(g, now);
      if (ces != null && nps != null) {
        double p = ((ces - 1) / 6.0 * 100 + nps * 10) / 2;
        points.add(
            new Point(
                g.lastAt(),
                p,
                w,
                g.moments(),
                "evidence.effortAndNps",
                g.lastInteractionId(),
                ces + "/" + nps));
      } else if (ces != null) {
        points.add(
            new Point(
                g.lastAt(),
                (ces - 1) / 6.0 * 100,
                w,
                g.moments(),
                "evidence.effort",
                g.lastInteractionId(),
                ces));
      } else if (nps != null) {
        points.add(
            new Point(
                g.lastAt(), nps * 10, w, g.moments(), "evidence.nps", g.lastInteractionId(), nps));
      }
    }
    for (ComplaintFact c : facts.complaints()) {
      if (c.open()) {
        // an open complaint is the current moment, and a low one
        points.add(
            new Point(
                now,
                settings.openComplaintPoints(),
                1,
                1,
                "evidence.openComplaint",
                c.interactionId(),
                round(settings.openComplaintPoints())));
      } else {
        double p =
            switch (c.quality() == null ? ServiceRecovery.Quality.FAIR : c.quality()) {
              case GOOD -> settings.goodRecoveryPoints();
              case FAIR -> settings.fairRecoveryPoints();
              case POOR -> settings.poorRecoveryPoints();
            };
        points.add(
            new Point(
                c.resolvedAt(),
                p,
                decay(c.resolvedAt(), now),
                1,
                "evidence.recovery." + c.quality(),
                c.interactionId(),
                round(p)));
      }
    }
    if (points.isEmpty()) {
      return null;
    }
    points.sort(Comparator.comparing(Point::at));
    Point end = points.get(points.size() - 1);
    Instant peakWindow =
        now.minusSeconds(
            (long) (settings.peakWindowHalfLives() * settings.halfLifeDays() * DAY_SECONDS));
    // a group's latest moment stands for it: the group is in the window if that moment is
    Point peak = end;
    for (Point p : points) {
      if (!p.at().isBefore(peakWindow) && p.points() >= peak.points()) {
        peak = p;
      }
    }
    double weightSum = 0;
    double weighted = 0;
    int moments = 0;
    for (Point p : points) {
      weightSum += p.weight();
      weighted += p.weight() * p.points();
      moments += p.moments();
    }
    double average = weightSum > 0 ? weighted / weightSum : end.points();
    double averageWeight = Math.max(0, 1 - settings.peakWeight() - settings.endWeight());
    double score =
        settings.peakWeight() * peak.points()
            + settings.endWeight() * end.points()
            + averageWeight * average;
    evidence.add(
        Evidence.of(
            Driver.EXPERIENCE,
            settings.peakWeight() * peak.points(),
            "evidence.peak",
            peak.interactionId(),
            round(peak.points()),
            peak.code() + "|" + peak.arg() + "|" + round(peak.points())));
    evidence.add(
        Evidence.of(
            Driver.EXPERIENCE,
            settings.endWeight() * end.points(),
            "evidence.end",
            end.interactionId(),
            round(end.points()),
            end.code() + "|" + end.arg() + "|" + round(end.points())));
    evidence.add(
        Evidence.of(
            Driver.EXPERIENCE,
            averageWeight * average,
            "evidence.average",
            null,
            round(average),
            moments));
    for (Point p : points) {
      if (p.code().startsWith("evidence.recovery") || p.code().equals("evidence.openComplaint")) {
        evidence.add(
            Evidence.of(
                Driver.EXPERIENCE,
                p.points() - average,
                p.code(),
                p.interactionId(),
                round(p.points())));
      }
    }
    return clamp(score);
  }

  // ---- relational relevance: participation, appreciation, sensation

  private Double subDriver(
      EngagementFacts facts,
      Instant now,
      List<Evidence> evidence,
      Driver driver,
      Predicate<Kind> counts,
      String code) {
    MomentTally tally = facts.moments();
    double decayedCount = 0;
    int seen = 0;
    for (Group g : tally.groups()) {
      if (counts.test(g.kind())) {
        double w = tally.weight(g, now);
        decayedCount += w;
        seen += g.moments();
        evidence.add(
            g.moments() == 1
                ? Evidence.of(
                    driver, w, code, g.lastInteractionId(), g.lastChannel(), g.lastPurpose())
                : Evidence.of(
                    driver,
                    w,
                    code + ".repeated",
                    g.lastInteractionId(),
                    g.lastChannel(),
                    g.lastPurpose(),
                    g.moments()));
      }
    }
    if (seen == 0) {
      return null;
    }
    return clamp(100 * (1 - Math.exp(-decayedCount / settings.relationalSaturation())));
  }

  // ---- level and advocacy

  private EngagementLevel level(
      double engagement, EngagementFacts facts, Instant now, List<Evidence> evidence) {
    if (engagement < settings.transactionalFrom()) {
      return EngagementLevel.DETACHED;
    }
    if (engagement < settings.loyalFrom()) {
      return EngagementLevel.TRANSACTIONAL;
    }
    if (engagement < settings.fanFrom()) {
      return EngagementLevel.LOYAL;
    }
    if (engagement < settings.ambassadorFrom()) {
      return EngagementLevel.FAN;
    }
    Instant window = now.minus(Duration.ofDays(settings.advocacyWindowDays()));
    var promoter =
        facts.moments().groups().stream()
            .filter(
                g ->
                    g.kind().npsScore() != null
                        && g.kind().npsScore() >= 9
                        && !g.lastAt().isBefore(window))
            .max(Comparator.comparing(Group::lastAt));
    if (promoter.isPresent()) {
      evidence.add(
          Evidence.of(
              Driver.ENGAGEMENT,
              0,
              "evidence.advocacy.promoter",
              promoter.get().lastInteractionId(),
              promoter.get().kind().npsScore()));
      return EngagementLevel.AMBASSADOR;
    }
    if (facts.socialActivator()) {
      evidence.add(Evidence.of(Driver.ENGAGEMENT, 0, "evidence.advocacy.socialActivator", null));
      return EngagementLevel.AMBASSADOR;
    }
    if (facts.signals().stream()
        .anyMatch(s -> s.kind() == SignalKind.REFERRAL && !s.at().isBefore(window))) {
      evidence.add(Evidence.of(Driver.ENGAGEMENT, 0, "evidence.advocacy.referral", null));
      return EngagementLevel.AMBASSADOR;
    }
    evidence.add(Evidence.of(Driver.ENGAGEMENT, 0, "evidence.advocacy.missing", null));
    return EngagementLevel.FAN;
  }

  // ---- churn risk: reasons to leave

  private double churnRisk(
      EngagementFacts facts,
      Instant now,
      Instant lastPersonal,
      Instant due,
      int cadence,
      List<Evidence> evidence) {
    double risk = 0;
    MomentTally tally = facts.moments();
    for (Group g : tally.groups()) {
      Integer ces = g.kind().effortScore();
      Integer nps = g.kind().npsScore();
      if (ces != null && ces <= settings.highEffortMax()) {
        double r = settings.highEffortRisk() * tally.weight(g, now);
        risk += r;
        evidence.add(churnEvidence(r, "evidence.churn.highEffort", g, ces));
      }
      if (nps != null && nps <= settings.detractorMax()) {
        double r = settings.detractorRisk() * tally.weight(g, now);
        risk += r;
        evidence.add(churnEvidence(r, "evidence.churn.detractor", g, nps));
      }
    }
    for (ComplaintFact c : facts.complaints()) {
      if (c.open()) {
        risk += settings.openComplaintRisk();
        evidence.add(
            Evidence.of(
                Driver.CHURN_RISK,
                settings.openComplaintRisk(),
                "evidence.churn.openComplaint",
                c.interactionId()));
      } else if (c.quality() == ServiceRecovery.Quality.POOR) {
        double r = settings.poorRecoveryRisk() * decay(c.resolvedAt(), now);
        risk += r;
        evidence.add(
            Evidence.of(Driver.CHURN_RISK, r, "evidence.churn.poorRecovery", c.interactionId()));
      }
    }
    if (due != null && now.isAfter(due)) {
      long overdueDays = Duration.between(due, now).toDays();
      double r = overdueDays >= cadence ? 2 * settings.overdueRisk() : settings.overdueRisk();
      risk += r;
      evidence.add(
          Evidence.of(Driver.CHURN_RISK, r, "evidence.churn.overdue", null, overdueDays, cadence));
    }
    Instant window = now.minus(Duration.ofDays(settings.digitalOnlyWindowDays()));
    boolean recentDigital =
        facts.moments().groups().stream()
            .anyMatch(g -> !g.kind().personal() && !g.lastAt().isBefore(window));
    boolean recentPersonal = lastPersonal != null && !lastPersonal.isBefore(window);
    if (recentDigital && !recentPersonal) {
      risk += settings.digitalOnlyRisk();
      evidence.add(
          Evidence.of(
              Driver.CHURN_RISK,
              settings.digitalOnlyRisk(),
              "evidence.churn.digitalOnly",
              null,
              settings.digitalOnlyWindowDays()));
    }
    return Math.min(100, risk);
  }

  private static Evidence churnEvidence(double risk, String code, Group g, int score) {
    return g.moments() == 1
        ? Evidence.of(Driver.CHURN_RISK, risk, code, g.lastInteractionId(), score)
        : Evidence.of(
            Driver.CHURN_RISK, risk, code + ".repeated", g.lastInteractionId(), score, g.moments());
  }

  // ---- arithmetic

  private static Double mean(Double... values) {
    double sum = 0;
    int n = 0;
    for (Double v : values) {
      if (v != null) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /** A weighted mean over the known values only: unknown is never counted as zero. */
  private static Double weighted(double[] weights, Double... values) {
    double sum = 0;
    double weightSum = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        sum += weights[i] * values[i];
        weightSum += weights[i];
      }
    }
    return weightSum == 0 ? null : sum / weightSum;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(100, v));
  }

  private static Integer round(Double v) {
    return v == null ? null : (int) Math.round(v);
  }
}
