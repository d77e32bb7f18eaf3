package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  private final Caller anna = new Caller("anna", Set.of(Role.ACCOUNT_MANAGER));
  private final Caller maria = new Caller("maria", Set.of(Role.MARKETING));
  private final Caller admin = new Caller("admin", Set.of(Role.ADMIN));

  @Test
  void accountManagersSeeAndChangeTheirOwnAndTheirTeams() {
    assertTrue(anna.maySee("anna", Set.of()));
    assertTrue(anna.mayChange("bram", Set.of("anna")));
    assertFalse(anna.maySee("bram", Set.of()));
    assertFalse(anna.mayChange("bram", Set.of("maria")));
    assertFalse(anna.readsAllAccounts());
  }

  @Test
  void marketingReadsAllButChangesNone() {
    assertTrue(maria.maySee("anna", Set.of()));
    assertFalse(
        maria.mayChange("anna", Set.of("maria")),
        "even on a team, marketing does not edit accounts");
    assertFalse(maria.mayCreateAccounts());
  }

  @Test
  void adminReadsAndChangesAll() {
    assertTrue(admin.maySee("anna", Set.of()));
    assertTrue(admin.mayChange("anna", Set.of()));
    assertTrue(admin.mayCreateAccounts());
  }

  private final Caller erp = new Caller("erp-1", Set.of(Role.INTEGRATION));

  @Test
  void privateNotesAreForTheAccountsManagersAndAdministratorsOnly() {
    assertTrue(anna.readsPrivateNotes("anna", Set.of()));
    assertTrue(anna.readsPrivateNotes("bram", Set.of("anna")), "a team member reads them");
    assertFalse(anna.readsPrivateNotes("bram", Set.of()));
    assertTrue(admin.readsPrivateNotes("anna", Set.of()));
    assertFalse(
        maria.readsPrivateNotes("anna", Set.of("maria")), "marketing never, even on a team");
    assertFalse(erp.readsPrivateNotes("anna", Set.of()), "a system never");
  }

  @Test
  void personalDataIsExportedAndErasedByTheAccountsManagersAdministratorsAndSystems() {
    assertTrue(anna.handlesPersonalData("anna", Set.of()));
    assertFalse(anna.handlesPersonalData("bram", Set.of()));
    assertTrue(admin.handlesPersonalData("bram", Set.of()));
    assertTrue(erp.handlesPersonalData("bram", Set.of()), "within its privacy scope");
    assertFalse(maria.handlesPersonalData("anna", Set.of("maria")));
  }
}
