package nl.rapport.interaction;

import java.time.Instant;
import java.util.UUID;

/** A complaint's state for derived data: open, or resolved with a recovery quality. */
public record ComplaintOutcome(
    UUID accountId,
    UUID interactionId,
    Instant openedAt,
    Instant resolvedAt,
    ServiceRecovery.Quality quality) {}
