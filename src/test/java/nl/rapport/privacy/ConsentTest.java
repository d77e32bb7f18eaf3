package nl.rapport.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentTest {

  private final Instant at = Instant.parse("2026-12-01T09:00:00Z");
  private final Instant expires = at.plus(Duration.ofHours(72));

  private Consent pending() {
    return Consent.pending(
        UUID.randomUUID(), ConsentPurpose.MARKETING_EMAIL, "Website", at, "anna", "ab12", expires);
  }

  @Test
  void aPendingConsentIsConfirmedOnceBeforeItsLinkExpires() {
    Consent consent = pending();
    assertTrue(consent.confirmable(expires.minusSeconds(1)));
    consent.confirm(at.plusSeconds(60));
    assertEquals(Consent.Status.GRANTED, consent.getStatus());
    assertEquals(at.plusSeconds(60), consent.getConfirmedAt());
    assertFalse(consent.confirmable(at.plusSeconds(61)), "the link is spent");
    assertThrows(IllegalStateException.class, () -> consent.confirm(at.plusSeconds(62)));
  }

  @Test
  void anExpiredLinkConfirmsNothing() {
    Consent consent = pending();
    assertFalse(consent.confirmable(expires));
    assertEquals(Consent.Status.PENDING, consent.getStatus());
  }

  @Test
  void givenAndWithdrawnAnswersAreNotConfirmableAndErasureRemovesTheSource() {
    Consent given =
        Consent.given(UUID.randomUUID(), ConsentPurpose.EVENTS, "RSVP Kees", at, "anna");
    assertEquals(at, given.getConfirmedAt());
    assertFalse(given.confirmable(at));
    Consent withdrawn =
        Consent.withdrawn(UUID.randomUUID(), ConsentPurpose.EVENTS, null, at, "anna");
    assertFalse(withdrawn.confirmable(at));
    given.erase();
    assertEquals(Redaction.MARK, given.getSource());
    withdrawn.erase();
    assertEquals(null, withdrawn.getSource());
  }
}
