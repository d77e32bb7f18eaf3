package nl.rapport.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.interaction.TimelineEntry;
import nl.rapport.interaction.TimelineSource;
import nl.rapport.platform.Screens;

/** Every change of relationship type on the account's timeline. */
@ApplicationScoped
public class RelationshipTimeline implements TimelineSource {

  @Inject private RelationshipService relationships;

  @Override
  public List<TimelineEntry> entries(UUID accountId, Instant since) {
    return relationships.history(accountId).stream()
        .filter(t -> !t.at().isBefore(since))
        .map(
            t ->
                TimelineEntry.of(
                    "TRANSITION",
                    t.at(),
                    Screens.text(
                        "timeline.transition", Screens.label(t.from()), Screens.label(t.to())),
                    t.reason(),
                    Screens.text("timeline.by", t.by()),
                    "transition"))
        .toList();
  }
}
