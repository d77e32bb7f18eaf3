package nl.rapport.engagement.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.interaction.Purpose;

/**
 * An account's contact moments summed per kind the engine tells apart (effort score, NPS, personal
 * or not, and which relational sub-driver it feeds), each group with its decayed weight, its count
 * and its latest moment. Decay is exponential, so the weights summed at one instant are the weights
 * at any later instant times one factor: adding a moment costs the same at 20 moments as at 20,000,
 * and the engine scores a tally exactly as it would score the whole history (sums, peaks in a
 * window, the end moment, advocacy and digital-only windows all follow from the groups).
 *
 * <p>Immutable; {@link #plus} returns a new tally.
 */
public final class MomentTally {

  /** Changes whenever the grouping does: a stored tally of another version is rebuilt. */
  public static final int VERSION = 1;

  private static final double DAY_SECONDS = 86_400.0;

  /** What the engine distinguishes in a moment; CSAT, the contact and the summary are not in it. */
  public record Kind(
      Integer effortScore,
      Integer npsScore,
      boolean personal,
      boolean participation,
      boolean appreciation,
      boolean sensation) {

    static Kind of(Moment m) {
      return new Kind(
          m.effortScore(),
          m.npsScore(),
          m.channel().isPersonal(),
          m.purpose() == Purpose.CO_CREATION || m.channel() == Channel.COMMUNITY,
          m.purpose() == Purpose.APPRECIATION,
          m.purpose() == Purpose.SPECIAL_EXPERIENCE || m.channel() == Channel.EVENT);
    }

    boolean scored() {
      return effortScore != null || npsScore != null;
    }
  }

  /**
   * Moments of one kind: how many, their summed weight as of the tally's {@link #weightsAt()}, and
   * the latest of them (its time, id, channel and purpose, for windows and evidence).
   */
  public record Group(
      Kind kind,
      int moments,
      double weight,
      Instant lastAt,
      UUID lastInteractionId,
      Channel lastChannel,
      Purpose lastPurpose) {

    public Group {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(lastAt);
    }
  }

  private final double halfLifeDays;
  private final Instant weightsAt;
  private final List<Group> groups;

  private MomentTally(double halfLifeDays, Instant weightsAt, List<Group> groups) {
    if (!(halfLifeDays > 0)) {
      throw new IllegalArgumentException("half-life must be positive: " + halfLifeDays);
    }
    this.halfLifeDays = halfLifeDays;
    this.weightsAt = Objects.requireNonNull(weightsAt);
    this.groups = List.copyOf(groups);
  }

  /** A tally read back from storage. */
  public static MomentTally restore(double halfLifeDays, Instant weightsAt, List<Group> groups) {
    return new MomentTally(halfLifeDays, weightsAt, groups);
  }

  public static MomentTally empty(double halfLifeDays, Instant at) {
    return new MomentTally(halfLifeDays, at, List.of());
  }

  /** The tally of a whole history, its weights as of {@code at}. */
  public static MomentTally of(Collection<Moment> moments, double halfLifeDays, Instant at) {
    Map<Kind, Group> byKind = new LinkedHashMap<>();
    for (Moment m : moments) {
      byKind.merge(Kind.of(m), single(m, halfLifeDays, at), MomentTally::merge);
    }
    return new MomentTally(halfLifeDays, at, new ArrayList<>(byKind.values()));
  }

  /**
   * This tally with one more moment, its weights as of {@code at} (or of this tally's instant, if
   * that is later: node clocks differ a little). Cost: the number of groups, not of moments.
   */
  public MomentTally plus(Moment m, Instant at) {
    Instant reference = at.isAfter(weightsAt) ? at : weightsAt;
    double factor = factor(weightsAt, reference);
    Map<Kind, Group> byKind = new LinkedHashMap<>();
    for (Group g : groups) {
      byKind.put(
          g.kind(),
          new Group(
              g.kind(),
              g.moments(),
              g.weight() * factor,
              g.lastAt(),
              g.lastInteractionId(),
              g.lastChannel(),
              g.lastPurpose()));
    }
    byKind.merge(Kind.of(m), single(m, halfLifeDays, reference), MomentTally::merge);
    return new MomentTally(halfLifeDays, reference, new ArrayList<>(byKind.values()));
  }

  /** A group's summed weight as of {@code now}: its stored weight times one decay factor. */
  public double weight(Group group, Instant now) {
    return group.weight() * factor(weightsAt, now);
  }

  public List<Group> groups() {
    return groups;
  }

  public Instant weightsAt() {
    return weightsAt;
  }

  public double halfLifeDays() {
    return halfLifeDays;
  }

  /** How many moments the tally holds. */
  public int moments() {
    return groups.stream().mapToInt(Group::moments).sum();
  }

  /** What a stored tally must match to be used: the grouping's version and the half-life. */
  public String basis() {
    return basis(halfLifeDays);
  }

  public static String basis(double halfLifeDays) {
    return "v" + VERSION + ";half-life=" + halfLifeDays;
  }

  // a moment dated after the reference (clock skew) counts as at the reference, as the engine
  // gives a future moment full weight
  private static Group single(Moment m, double halfLifeDays, Instant reference) {
    Instant at = m.at().isAfter(reference) ? reference : m.at();
    return new Group(
        Kind.of(m),
        1,
        decay(at, reference, halfLifeDays),
        m.at(),
        m.interactionId(),
        m.channel(),
        m.purpose());
  }

  private static Group merge(Group a, Group b) {
    Group latest = b.lastAt().isAfter(a.lastAt()) ? b : a;
    return new Group(
        a.kind(),
        a.moments() + b.moments(),
        a.weight() + b.weight(),
        latest.lastAt(),
        latest.lastInteractionId(),
        latest.lastChannel(),
        latest.lastPurpose());
  }

  private double factor(Instant from, Instant to) {
    return decay(from, to, halfLifeDays);
  }

  /** The engine's decay, in whole seconds: 0.5^(age in days / half-life), 1 for no age. */
  static double decay(Instant at, Instant now, double halfLifeDays) {
    double ageDays = Math.max(0, (now.getEpochSecond() - at.getEpochSecond()) / DAY_SECONDS);
    return Math.pow(0.5, ageDays / halfLifeDays);
  }
}
