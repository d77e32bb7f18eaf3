package nl.rapport.relationship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.RelationshipType;

/** {@code {"current", "framingAtAcquisition", "history": [...]}} */
public record RelationshipView(
    RelationshipType current, RelationshipType framingAtAcquisition, List<Step> history) {

  public record Step(
      RelationshipType from,
      RelationshipType to,
      Instant at,
      String by,
      String reason,
      UUID trajectoryId) {

    public static Step of(RelationshipTransition t) {
      return new Step(t.from(), t.to(), t.at(), t.by(), t.reason(), t.trajectoryId());
    }
  }

  public static RelationshipView of(
      RelationshipType current, RelationshipType framing, List<RelationshipTransition> history) {
    return new RelationshipView(current, framing, history.stream().map(Step::of).toList());
  }
}
