package nl.rapport.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.rapport.platform.RapportException;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private static Account account() {
    return new Account("Groene Hart Zuivel", "anna", Lifecycle.PROSPECT, T0);
  }

  @Test
  void startsAsAnUnframedProspect() {
    Account account = account();
    assertEquals(RelationshipType.UNFRAMED, account.getRelationshipType());
    assertEquals(null, account.getFramingAtAcquisition());
    assertEquals(Lifecycle.PROSPECT, account.getLifecycle());
  }

  @Test
  void reframingRecordsTheTransitionAndKeepsTheFirstFraming() {
    Account account = account();
    Reframed first =
        account.reframe(RelationshipType.COMMUNAL_SHARING, "Shared values", "anna", T0);
    assertEquals(RelationshipType.UNFRAMED, first.from());
    assertEquals(RelationshipType.COMMUNAL_SHARING, first.to());
    assertEquals(account.getId(), first.accountId());
    Reframed second =
        account.reframe(RelationshipType.MARKET_PRICING, "Tender", "bram", T0.plusSeconds(60));
    assertEquals(RelationshipType.COMMUNAL_SHARING, second.from());
    assertEquals(RelationshipType.MARKET_PRICING, account.getRelationshipType());
    assertEquals(RelationshipType.COMMUNAL_SHARING, account.getFramingAtAcquisition());
  }

  @Test
  void aRefusedReframingChangesNothing() {
    Account account = account();
    RapportException refused =
        assertThrows(
            RapportException.class,
            () -> account.reframe(RelationshipType.MARKET_PRICING, "", "anna", T0));
    assertEquals(422, refused.status());
    assertEquals("reason", refused.field());
    assertEquals(RelationshipType.UNFRAMED, account.getRelationshipType());
    assertEquals(null, account.getFramingAtAcquisition());
  }

  @Test
  void keepsTheLatestPersonalContact() {
    Account account = account();
    account.recordPersonalContact(T0.plusSeconds(100));
    account.recordPersonalContact(T0);
    assertEquals(T0.plusSeconds(100), account.getLastPersonalContactAt());
  }

  @Test
  void theOwnerIsNotAlsoOnTheTeam() {
    Account account = account();
    account.assignTo("anna", List.of("anna", "bram"));
    assertEquals(Set.of("bram"), account.getTeam());
    assertTrue(account.isOwnedOrSharedWith("bram"));
    assertFalse(account.isOwnedOrSharedWith("maria"));
  }

  @Test
  void archivingMakesItFormer() {
    Account account = account();
    account.archive();
    assertEquals(Lifecycle.FORMER, account.getLifecycle());
  }

  @Test
  void likeSearchTreatsWildcardsAsText() {
    assertEquals("50\\% \\_off\\\\", AccountService.escapeLike("50% _off\\"));
  }
}
