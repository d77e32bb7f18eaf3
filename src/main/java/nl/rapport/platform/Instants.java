package nl.rapport.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Moments as the database keeps them (microseconds), so an answer never differs from a re-read. */
public final class Instants {

  private Instants() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
