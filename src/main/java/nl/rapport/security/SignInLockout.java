package nl.rapport.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Locks a user name after repeated failed sign-ins: each failure takes a token from the name's
 * bucket ({@code max-failures} of them, refilled over {@code failure-window-seconds}), and an empty
 * bucket means locked. It counts names, not users: an unknown name locks exactly like an existing
 * one, so the answers cannot tell them apart. The buckets are the cluster's ({@link Buckets}).
 */
@ApplicationScoped
public class SignInLockout {

  @Inject private Buckets buckets;

  @Inject
  @ConfigProperty(name = "rapport.login.max-failures")
  private long maxFailures;

  @Inject
  @ConfigProperty(name = "rapport.login.failure-window-seconds")
  private long windowSeconds;

  SignInLockout() {}

  /** For plain tests: these buckets and settings. */
  SignInLockout(Buckets buckets, long maxFailures, long windowSeconds) {
    this.buckets = buckets;
    this.maxFailures = maxFailures;
    this.windowSeconds = windowSeconds;
  }

  public boolean isLocked(String username) {
    return maxFailures > 0 && buckets.bucket(key(username), allowance()).getAvailableTokens() < 1;
  }

  public void failed(String username) {
    if (maxFailures > 0) {
      buckets.bucket(key(username), allowance()).tryConsume(1);
    }
  }

  /** Gives the name back all its attempts (an administrator's unlock). */
  public void unlock(String username) {
    if (maxFailures > 0) {
      buckets.bucket(key(username), allowance()).addTokens(maxFailures);
    }
  }

  private Allowance allowance() {
    return new Allowance(maxFailures, maxFailures, Duration.ofSeconds(windowSeconds));
  }

  /** A digest: the key's size does not grow with what a caller types as a name. */
  private static String key(String username) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "sign-in:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
