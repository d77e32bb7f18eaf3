package nl.rapport.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.rapport.account.Channel;
import org.junit.jupiter.api.Test;

class InteractionTest {

  @Test
  void aLoggedInteractionDerivesPersonalFromItsChannel() {
    Interaction visit =
        new Interaction(
            java.util.UUID.randomUUID(),
            null,
            "anna",
            java.time.Instant.EPOCH,
            java.time.Instant.EPOCH,
            Channel.VISIT,
            Purpose.CHECK_IN,
            null,
            null,
            null,
            null,
            null,
            null);
    Interaction chat =
        new Interaction(
            java.util.UUID.randomUUID(),
            null,
            "anna",
            java.time.Instant.EPOCH,
            java.time.Instant.EPOCH,
            Channel.CHAT,
            Purpose.CHECK_IN,
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(true, visit.isPersonal());
    assertEquals(false, chat.isPersonal());
  }

  @Test
  void theSameRequestHasTheSameFingerprintAndAnyDifferenceChangesIt() {
    var account = java.util.UUID.randomUUID();
    var a =
        new InteractionInput(
            null, Channel.PHONE, Purpose.CHECK_IN, null, 5, null, null, "Hi", null, null, null);
    var b =
        new InteractionInput(
            null, Channel.PHONE, Purpose.CHECK_IN, null, 5, null, null, "Hi", null, null, null);
    var c =
        new InteractionInput(
            null, Channel.PHONE, Purpose.CHECK_IN, null, 6, null, null, "Hi", null, null, null);
    assertEquals(
        InteractionService.fingerprint(account, a), InteractionService.fingerprint(account, b));
    assertEquals(
        false,
        InteractionService.fingerprint(account, a)
            .equals(InteractionService.fingerprint(account, c)));
    assertEquals(
        false,
        InteractionService.fingerprint(account, a)
            .equals(InteractionService.fingerprint(java.util.UUID.randomUUID(), a)));
  }
}
