package nl.rapport.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {

  private final Redaction kees =
      Redaction.of("Kees", "van der Smit", "kees@smit.nl", "06-12345678");

  @Test
  void theFullNameGoesAsOneMarkAndEachNameAlone() {
    assertEquals(
        "Spoke to [erased] about the order; [erased] will call back. [erased] agreed.",
        kees.apply(
            "Spoke to Kees van der Smit about the order; kees will call back. Van der Smit agreed."));
  }

  @Test
  void wholeWordsOnlyIgnoringCase() {
    assertEquals(
        "Keesje and Smitty stay; [erased] goes", kees.apply("Keesje and Smitty stay; KEES goes"));
  }

  @Test
  void theMailAddressAndThePhoneNumberHoweverPunctuated() {
    assertEquals(
        "Mail [erased] or ring [erased], [erased], [erased]",
        kees.apply("Mail kees@smit.nl or ring 0612345678, 06 1234 5678, (06) 12-34-56-78"));
    assertEquals("order 061234567890 stays", kees.apply("order 061234567890 stays"));
  }

  @Test
  void lettersAroundANameInOtherScriptsCountAsPartOfTheWord() {
    Redaction jose = Redaction.of("José", "Müller", null, null);
    assertEquals("[erased] met Josély; [erased]", jose.apply("JOSÉ met Josély; müller"));
  }

  @Test
  void tellsWhetherATextNamesThePerson() {
    assertTrue(kees.matches("Called Kees"));
    assertFalse(kees.matches("Called the office"));
    assertFalse(kees.matches(null));
  }

  @Test
  void nothingToMatchLeavesTheTextAlone() {
    Redaction none = Redaction.of(null, "", null, "12");
    assertEquals("Called Kees", none.apply("Called Kees"));
    assertNull(none.apply(null));
    assertEquals("A.", Redaction.of("A", "", null, null).apply("A."), "one letter is no name");
  }
}
