package nl.rapport.interaction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code {"firstContactResolution", "resolvedAt", "summary"}}; resolvedAt defaults to now. */
public record Resolution(
    @NotNull Boolean firstContactResolution, Instant resolvedAt, @Size(max = 4000) String summary) {}
