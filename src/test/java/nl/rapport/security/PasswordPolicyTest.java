package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(12);

  private Optional<String> refusal(String password) {
    return policy.refusal("carla", password.toCharArray());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery",
        "Tr0ub4dor&3xyz",
        "zes woorden in een zin",
        "ééééabcdefgh"
      })
  void longUnusualPasswordsAreTaken(String password) {
    assertEquals(Optional.empty(), refusal(password), password);
  }

  @Test
  void tooShortAndTooLongAreRefusedWithTheLimit() {
    assertEquals(Optional.of("must be at least 12 characters long"), refusal("elevenchars"));
    assertEquals(Optional.of("must be at most 128 characters long"), refusal("ab".repeat(65)));
    // characters, not UTF-16 units: twelve emoji are twelve characters
    assertEquals(Optional.empty(), refusal("🔑🚀🌷🧀🚲🌊🎻📚🦉🍀🎈🧭"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "passwordpassword",
        "Wachtwoord2024",
        "welkom123456",
        "123456789012",
        "abcdefghijkl",
        "zyxwvutsrqpo",
        "aaaaaaaaaaaa",
        "abababababab",
        "Carla-is-the-best"
      })
  void guessablePasswordsAreRefused(String password) {
    assertTrue(refusal(password).isPresent(), password);
  }

  @Test
  void theLimitIsSane() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(6));
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(200));
  }
}
