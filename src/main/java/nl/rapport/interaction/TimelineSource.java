package nl.rapport.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Puts another feature's moments on an account's single timeline (relationship changes, campaign
 * touches). The timeline knows its sources only through this: CDI finds every implementation.
 */
public interface TimelineSource {

  /** The account's entries at or after {@code since}, in any order; access is checked already. */
  List<TimelineEntry> entries(UUID accountId, Instant since);
}
