package nl.rapport.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A double opt-in mail to send once the pending consent is committed; the token only lives here.
 */
public record ConfirmationRequested(
    UUID contactId, String email, String name, String language, String token, Instant expires) {

  @Override
  public String toString() {
    return "ConfirmationRequested[contact=" + contactId + "]"; // never the token or the address
  }
}
