package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Telling an unknown name from a wrong password by the answer's time: the slow hash is checked in
 * every case, for unknown and disabled names against a decoy of the same cost.
 */
class UserDirectoryTest {

  /** Counts the checks (the slow part) and which stored hash each was against. */
  static final class CountingHash implements Pbkdf2PasswordHash {
    final List<String> checkedAgainst = new ArrayList<>();

    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
      return "PBKDF2WithHmacSHA256:210000:decoy:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      checkedAgainst.add(hashedPassword);
      return hashedPassword.equals("hash-of-" + new String(password));
    }
  }

  private static UserDirectory directory(CountingHash hash, AppUser... users) throws Exception {
    UserDirectory directory =
        new UserDirectory() {
          @Override
          public Optional<AppUser> find(String username) {
            for (AppUser u : users) {
              if (u.getUsername().equals(username)) {
                return Optional.of(u);
              }
            }
            return Optional.empty();
          }
        };
    Field f = UserDirectory.class.getDeclaredField("hash");
    f.setAccessible(true);
    f.set(directory, hash);
    Field i = UserDirectory.class.getDeclaredField("iterations");
    i.setAccessible(true);
    i.set(directory, 210_000);
    return directory;
  }

  private static AppUser user(String name, boolean enabled) throws Exception {
    AppUser u = new AppUser(name, name, "hash-of-rapport", Set.of(Role.ACCOUNT_MANAGER));
    Field e = AppUser.class.getDeclaredField("enabled");
    e.setAccessible(true);
    e.set(u, enabled);
    return u;
  }

  @Test
  void everyAnswerCostsOnePasswordCheck() throws Exception {
    CountingHash hash = new CountingHash();
    UserDirectory users = directory(hash, user("anna", true), user("gone", false));

    assertTrue(users.verify("anna", "rapport".toCharArray()).isPresent());
    assertTrue(users.verify("anna", "wrong".toCharArray()).isEmpty());
    assertTrue(users.verify("nobody", "rapport".toCharArray()).isEmpty());
    assertTrue(users.verify("gone", "rapport".toCharArray()).isEmpty(), "disabled: refused");

    assertEquals(
        4, hash.checkedAgainst.size(), "one slow check per answer: " + hash.checkedAgainst);
    assertEquals("hash-of-rapport", hash.checkedAgainst.get(1));
    assertTrue(
        hash.checkedAgainst.get(2).startsWith("PBKDF2WithHmacSHA256:210000:decoy:"),
        "an unknown name is checked against a decoy made like a real hash");
    assertEquals("hash-of-rapport", hash.checkedAgainst.get(3), "a disabled user's own hash");
  }
}
