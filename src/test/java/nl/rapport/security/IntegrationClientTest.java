package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntegrationClientTest {

  @Test
  void theSecretIsKeptAsADigestAndOpensOnlyItsClient() {
    IntegrationClient client =
        new IntegrationClient(
            "erp-1", "ERP", "s3cret-value", Set.of("accounts:read"), "admin", Instant.EPOCH);
    assertTrue(client.opensWith("s3cret-value"));
    assertFalse(client.opensWith("s3cret-valuf"));
    assertFalse(client.opensWith(""));
    assertNotEquals("s3cret-value", IntegrationClient.digest("s3cret-value"));
    assertEquals(64, IntegrationClient.digest("x").length(), "SHA-256, hex");
  }

  @Test
  void revokingStopsTheClientOnceAndKeepsWhoDidIt() {
    IntegrationClient client =
        new IntegrationClient("erp-1", "ERP", "s", Set.of("accounts:read"), "admin", Instant.EPOCH);
    assertTrue(client.isActive());
    client.revoke("admin", Instant.ofEpochSecond(10));
    client.revoke("someone-else", Instant.ofEpochSecond(20));
    assertFalse(client.isActive());
    assertEquals("admin", client.getRevokedBy());
    assertEquals(Instant.ofEpochSecond(10), client.getRevokedAt().orElseThrow());
  }

  @Test
  void clientIdsAreTheNamesLettersAndARandomTail() {
    String id = IntegrationClientService.clientIdFor("  ERP Sync (prod) ");
    assertTrue(id.matches("erp-sync-prod-[0-9a-f]{8}"), id);
    assertNotEquals(id, IntegrationClientService.clientIdFor("ERP Sync (prod)"));
    assertTrue(IntegrationClientService.clientIdFor("!!!").matches("client-[0-9a-f]{8}"));
    assertTrue(IntegrationClientService.clientIdFor("x".repeat(300)).length() <= 49);
  }
}
