package nl.rapport.engagement.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.interaction.Purpose;
import nl.rapport.interaction.ServiceRecovery;

/**
 * Everything the engine looks at for one account: its contact moments as a {@link MomentTally}
 * (summed per kind, so that the cost does not grow with the history), its complaints and signals.
 */
public record EngagementFacts(
    UUID accountId,
    RelationshipType relationshipType,
    Instant accountCreatedAt,
    boolean communityMember,
    boolean socialActivator,
    MomentTally moments,
    List<ComplaintFact> complaints,
    List<Signal> signals) {

  public EngagementFacts {
    java.util.Objects.requireNonNull(moments);
    complaints = List.copyOf(complaints);
    signals = List.copyOf(signals);
  }

  /** A logged contact moment (the latest version of it); CSAT is carried but never scored. */
  public record Moment(
      UUID interactionId,
      Instant at,
      Channel channel,
      Purpose purpose,
      Integer effortScore,
      Integer npsScore,
      Integer csatScore) {}

  /** A service case: open, or resolved with a recovery quality. */
  public record ComplaintFact(
      UUID interactionId, Instant openedAt, Instant resolvedAt, ServiceRecovery.Quality quality) {

    public boolean open() {
      return resolvedAt == null;
    }
  }

  /** Something an account manager recorded: a brand-fit assessment (1–5) or a referral. */
  public record Signal(SignalKind kind, Integer value, Instant at) {}
}
