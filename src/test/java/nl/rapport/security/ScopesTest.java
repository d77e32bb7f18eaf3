package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

  @Test
  void aResourceNameNeedsReadForReadsAndWriteForChanges() {
    assertEquals("accounts:read", Scopes.required("accounts", "GET"));
    assertEquals("accounts:read", Scopes.required("accounts", "head"));
    assertEquals("accounts:write", Scopes.required("accounts", "POST"));
    assertEquals("accounts:write", Scopes.required("accounts", "PUT"));
    assertEquals("accounts:write", Scopes.required("accounts", "DELETE"));
    assertEquals("segments:read", Scopes.required("segments:read", "POST"), "declared exactly");
  }

  @Test
  void parsingKeepsTheContractsOrderAndRefusesUnknownScopes() {
    assertEquals(
        List.of("accounts:read", "interactions:write"),
        List.copyOf(Scopes.parse("  interactions:write accounts:read accounts:read ")));
    assertEquals(Set.of(), Scopes.parse(null));
    assertEquals(Set.of(), Scopes.parse("   "));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> Scopes.parse("accounts:read admin"));
    assertTrue(unknown.getMessage().contains("admin"), unknown.getMessage());
  }

  @Test
  void aTokenGetsWhatItAskedForOnlyIfTheClientHoldsIt() {
    Set<String> held = Set.of("accounts:read", "interactions:write");
    assertEquals(held, Scopes.grant(Set.of(), held), "nothing asked: all it holds");
    assertEquals(Set.of("accounts:read"), Scopes.grant(Set.of("accounts:read"), held));
    IllegalArgumentException more =
        assertThrows(
            IllegalArgumentException.class,
            () -> Scopes.grant(Set.of("accounts:read", "accounts:write"), held));
    assertTrue(more.getMessage().contains("accounts:write"), more.getMessage());
  }

  @Test
  void anExternalIssuersOwnScopesAreIgnored() {
    assertEquals(
        Set.of("accounts:read"), Scopes.known("openid profile accounts:read email offline"));
    assertFalse(Scopes.known(null).iterator().hasNext());
  }

  @Test
  void formattingIsSpaceSeparatedInTheContractsOrder() {
    assertEquals(
        "accounts:read campaigns:write privacy:write",
        Scopes.format(Set.of("privacy:write", "accounts:read", "campaigns:write")));
  }
}
