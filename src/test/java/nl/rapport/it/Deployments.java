package nl.rapport.it;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the WAR that `mvn package` built, exactly as it ships.
 * Rapport's features call each other's services (the contact log checks account access, accounts
 * use the relationship rules), so a slice of packages would test a configuration that never runs.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    File war = new File(System.getProperty("rapport.war", "target/rapport.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn verify does): " + war);
    }
    // named rapport.war so that the context root is /rapport, as in production
    return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class);
  }

  /**
   * The same WAR with these configuration values on top of everything else (a library holding a
   * {@code microprofile-config.properties} of ordinal 500, above environment variables): for a test
   * class that needs, say, a small rate limit without changing it for the others.
   */
  public static WebArchive application(Map<String, String> configuration) {
    String properties =
        "config_ordinal=500\n"
            + configuration.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    JavaArchive settings =
        ShrinkWrap.create(JavaArchive.class, "it-configuration.jar")
            .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
    return application().addAsLibrary(settings);
  }
}
