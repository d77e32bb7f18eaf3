package nl.rapport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validates user name and password against the users table. PBKDF2 is slow on purpose, and HTTP
 * Basic sends the password with every API call, so a successful check is remembered for a short
 * while as a salted digest (never the password itself). When that memory expires, the requests that
 * carry the same credentials at that moment share one check instead of each running PBKDF2 (under
 * load, dozens of a caller's requests arrive within the same few milliseconds). A remembered check
 * counts only while the user's version is the one it was made with.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  private record Remembered(
      byte[] digest, String caller, Set<String> groups, long version, Instant until) {}

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<CredentialValidationResult>> checking =
      new ConcurrentHashMap<>();
  private final byte[] salt = new SecureRandom().generateSeed(16);

  @Inject private UserDirectory users;

  @Inject private SignInLockout lockout;

  @Inject
  @ConfigProperty(name = "rapport.security.verified-login-cache-seconds")
  private long cacheSeconds;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String name = login.getCaller();
    char[] password = login.getPassword().getValue();
    byte[] digest = digest(name, password);
    Remembered hit = remembered.get(name);
    if (hit != null
        && hit.until().isAfter(Instant.now())
        && MessageDigest.isEqual(hit.digest(), digest)
        && stillTheSame(hit)) {
      return new CredentialValidationResult(hit.caller(), hit.groups());
    }
    String key = name + '\0' + HexFormat.of().formatHex(digest);
    CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
    CompletableFuture<CredentialValidationResult> running = checking.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      CredentialValidationResult result = check(name, password, digest);
      mine.complete(result);
      return result;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      checking.remove(key, mine);
    }
  }

  /**
   * The password check. A locked name is refused with the same answer as a wrong password, after
   * the same hash (it is always run), so neither a lock nor a name's existence shows.
   */
  private CredentialValidationResult check(String name, char[] password, byte[] digest) {
    boolean locked = lockout.isLocked(name);
    return users
        .verify(name, password)
        .filter(u -> !locked)
        .map(
            u -> {
              Set<String> groups =
                  u.getRoles().stream().map(Role::name).collect(Collectors.toSet());
              if (cacheSeconds > 0) {
                remembered.put(
                    name,
                    new Remembered(
                        digest,
                        u.getUsername(),
                        groups,
                        u.getVersion(),
                        Instant.now().plus(Duration.ofSeconds(cacheSeconds))));
              }
              return new CredentialValidationResult(u.getUsername(), groups);
            })
        .orElseGet(
            () -> {
              remembered.remove(name);
              lockout.failed(name);
              return CredentialValidationResult.INVALID_RESULT;
            });
  }

  /**
   * Whether the remembered user is unchanged: one primary-key read, so that an administrator's
   * change (disabled, new roles, new password) counts at the next call on every node.
   */
  private boolean stillTheSame(Remembered hit) {
    return users
        .standing(hit.caller())
        .filter(s -> s.enabled() && s.version() == hit.version())
        .isPresent();
  }

  private byte[] digest(String name, char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      sha.update(bytes);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
