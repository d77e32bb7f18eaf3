package nl.rapport.interaction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code {"firstContactResolution", "resolvedAt", "summary"}}; resolvedAt defaults to now. */
public record Resolution(
    @NotNull Boolean firstContactResolution, Instant resolvedAt, @Size(max = 4000) String summary) {

  /**
   * Declared so that the constraints stay on the fields only: Payara's OpenAPI scanner fails on
   * constraints that a record copies onto its canonical constructor's parameters.
   */
  public Resolution(Boolean firstContactResolution, Instant resolvedAt, String summary) {
    this.firstContactResolution = firstContactResolution;
    this.resolvedAt = resolvedAt;
    this.summary = summary;
  }
}
