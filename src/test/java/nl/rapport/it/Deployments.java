package nl.rapport.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
}
