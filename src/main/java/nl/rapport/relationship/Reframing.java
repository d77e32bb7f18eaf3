package nl.rapport.relationship;

import java.time.Instant;
import java.util.UUID;

/**
 * The rules for changing an account's relationship type (seed 002): norms are activated when the
 * relationship starts, so the first framing is recorded for good, every change needs a reason, and
 * nobody goes back to being a prospect. Plain Java so that it can be tested directly.
 */
public final class Reframing {

  public static final int MAX_REASON_LENGTH = 1000;

  private Reframing() {}

  /** Why a requested change is refused, with the field to blame; or null when it is allowed. */
  public record Refusal(String field, String message) {}

  public static Refusal check(RelationshipType current, RelationshipType to, String reason) {
    if (to == null) {
      return new Refusal("to", "to is required");
    }
    if (reason == null || reason.isBlank()) {
      return new Refusal("reason", "a reason is required for every change of relationship type");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      return new Refusal("reason", "reason is at most " + MAX_REASON_LENGTH + " characters");
    }
    if (to == RelationshipType.UNFRAMED) {
      return new Refusal("to", "an account cannot go back to UNFRAMED: its norms are activated");
    }
    if (to == current) {
      return new Refusal("to", "the account is already " + current);
    }
    return null;
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

  public static RelationshipTransition transition(
      UUID accountId,
      RelationshipType from,
      RelationshipType to,
      Instant at,
      String by,
      String reason) {
    UUID trajectory = startsTrajectory(from, to) ? UUID.randomUUID() : null;
    return new RelationshipTransition(accountId, from, to, at, by, reason.strip(), trajectory);
  }
}
