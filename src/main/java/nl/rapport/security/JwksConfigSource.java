package nl.rapport.security;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.jwt.config.Names;

/**
 * Tells MicroProfile JWT where Rapport's own verification key is: a JWKS file that {@link
 * TokenSigner} writes at start-up. The location is fixed from the first moment (Payara caches
 * configuration values for a minute, and MicroProfile JWT reads this one while the application
 * deploys), so the key can arrive later. An operator who trusts another issuer sets {@code
 * mp.jwt.verify.publickey.location} (an environment variable outranks this source); an embedded
 * {@code mp.jwt.verify.publickey} silences it too, since MicroProfile JWT refuses both at once.
 */
public class JwksConfigSource implements ConfigSource {

  static final Path FILE =
      Path.of(System.getProperty("java.io.tmpdir"), "rapport-jwks-" + UUID.randomUUID() + ".json");

  @Override
  public Map<String, String> getProperties() {
    return embeddedKeyConfigured()
        ? Map.of()
        : Map.of(Names.VERIFIER_PUBLIC_KEY_LOCATION, FILE.toUri().toString());
  }

  @Override
  public Set<String> getPropertyNames() {
    return getProperties().keySet();
  }

  @Override
  public String getValue(String name) {
    return getProperties().get(name);
  }

  @Override
  public String getName() {
    return "rapport-token-keys";
  }

  /** Above the WAR's own defaults (100), below environment variables (300). */
  @Override
  public int getOrdinal() {
    return 150;
  }

  private static boolean embeddedKeyConfigured() {
    return System.getProperty(Names.VERIFIER_PUBLIC_KEY) != null
        || System.getenv("MP_JWT_VERIFY_PUBLICKEY") != null;
  }
}
