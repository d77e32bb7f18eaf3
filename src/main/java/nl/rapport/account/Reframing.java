package nl.rapport.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules for changing an account's relationship type (seed 002): norms are activated when the
 * relationship starts, so the first framing is recorded for good, every change needs a reason, and
 * nobody goes back to being a prospect. Plain Java so that it can be tested directly.
 */
public final class Reframing {

  public static final int MAX_REASON_LENGTH = 1000;

  private Reframing() {}

  /** Why a requested change is refused, with the field to blame. */
  public record Refusal(String field, String message) {}

  /** The reason a change is refused; empty when it is allowed. */
  public static Optional<Refusal> check(
      RelationshipType current, RelationshipType to, String reason) {
    if (to == null) {
      return Optional.of(new Refusal("to", "to is required"));
    }
    if (reason == null || reason.isBlank()) {
      return Optional.of(
          new Refusal("reason", "a reason is required for every change of relationship type"));
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      return Optional.of(
          new Refusal("reason", "reason is at most " + MAX_REASON_LENGTH + " characters"));
    }
    if (to == RelationshipType.UNFRAMED) {
      return Optional.of(
          new Refusal("to", "an account cannot go back to UNFRAMED: its norms are activated"));
    }
    if (to == current) {
      return Optional.of(new Refusal("to", "the account is already " + current));
    }
    return Optional.empty();
  }

  /**
   * The framing at acquisition after this change: the first move out of UNFRAMED sets it, and it
   * never changes after.
   */
  public static RelationshipType framingAtAcquisition(
      RelationshipType currentFraming, RelationshipType from, RelationshipType to) {
    if (currentFraming != null) {
      return currentFraming;
    }
    return from == RelationshipType.UNFRAMED ? to : null;
  }

  /** A market-to-communal move is a re-framing trajectory: long and hard, so it is tracked. */
  public static boolean startsTrajectory(RelationshipType from, RelationshipType to) {
    return from == RelationshipType.MARKET_PRICING && to == RelationshipType.COMMUNAL_SHARING;
  }

  public static Reframed transition(
      UUID accountId,
      RelationshipType from,
      RelationshipType to,
      Instant at,
      String by,
      String reason) {
    UUID trajectory = startsTrajectory(from, to) ? UUID.randomUUID() : null;
    return new Reframed(accountId, from, to, at, by, reason.strip(), trajectory);
  }
}
