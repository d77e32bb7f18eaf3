package nl.rapport.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B's advice: length over composition rules): at least
 * {@code minLength} characters and at most 128, not containing the user name, not one short part
 * repeated or a run such as 123456789012, and not one of the passwords every guessing list starts
 * with.
 */
public record PasswordPolicy(int minLength) {

  static final int MAX_LENGTH = 128;

  /** Lower-cased; a password is refused when it is one of these, or one of these and digits. */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "wachtwoord",
          "welkom",
          "welcome",
          "qwerty",
          "qwertyuiop",
          "azerty",
          "letmein",
          "iloveyou",
          "admin",
          "administrator",
          "changeme",
          "rapport",
          "secret",
          "geheim",
          "monkey",
          "dragon",
          "football",
          "voetbal",
          "sunshine",
          "princess",
          "master",
          "abc123",
          "123456",
          "1234567890",
          "0987654321",
          "passw0rd",
          "p@ssw0rd",
          "p@ssword",
          "trustno1",
          "zomer",
          "winter",
          "lente",
          "herfst",
          "summer",
          "autumn",
          "spring");

  public PasswordPolicy {
    if (minLength < 8 || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException("minimum length must be 8..128, was " + minLength);
    }
  }

  /** Why this password may not be used by this user; empty when it may. */
  public Optional<String> refusal(String username, char[] password) {
    String text = new String(password);
    int length = text.codePointCount(0, text.length());
    if (length < minLength) {
      return Optional.of("must be at least " + minLength + " characters long");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters long");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("must not contain the user name");
    }
    if (text.codePoints().distinct().count() < 3) {
      return Optional.of("must not be one or two characters repeated");
    }
    if (lower.matches("(.{1," + (lower.length() / 2) + "})\\1+")) {
      return Optional.of("must not be one short part repeated");
    }
    if (isSequence(lower)) {
      return Optional.of("must not be a run such as 123456789012 or abcdefghijkl");
    }
    String withoutDigitsAround = lower.replaceAll("^[0-9!. ]+|[0-9!. ]+$", "");
    if (COMMON.contains(lower) || COMMON.contains(withoutDigitsAround)) {
      return Optional.of("is one of the most common passwords; choose another");
    }
    return Optional.empty();
  }

  /** Each character one step up from the one before (9 to 0 counts), or each one step down. */
  private static boolean isSequence(String text) {
    int[] points = text.codePoints().toArray();
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < points.length; i++) {
      int a = points[i - 1];
      int b = points[i];
      up &= b - a == 1 || (a == '9' && b == '0');
      down &= a - b == 1 || (a == '0' && b == '9');
    }
    return up || down;
  }
}
