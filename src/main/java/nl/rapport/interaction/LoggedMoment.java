package nl.rapport.interaction;

import java.time.Instant;
import java.util.UUID;
import nl.rapport.account.Channel;

/** The scored facts of one contact moment (its latest version), for derived data. */
public record LoggedMoment(
    UUID accountId,
    UUID interactionId,
    Instant at,
    Channel channel,
    Purpose purpose,
    Integer effortScore,
    Integer npsScore,
    Integer csatScore) {}
