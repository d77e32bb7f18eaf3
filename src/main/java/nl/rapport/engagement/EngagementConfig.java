package nl.rapport.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import nl.rapport.engagement.engine.EngagementEngine;
import nl.rapport.engagement.engine.EngagementSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The engine's settings from MicroProfile Config ({@code rapport.engagement.*}), read once. */
@ApplicationScoped
public class EngagementConfig {

  private volatile EngagementEngine engine;

  public EngagementEngine engine() {
    EngagementEngine current = engine;
    if (current == null) {
      Config config = ConfigProvider.getConfig(EngagementConfig.class.getClassLoader());
      current =
          new EngagementEngine(
              EngagementSettings.from(
                  key ->
                      config
                          .getOptionalValue("rapport.engagement." + key, String.class)
                          .orElse(null)));
      engine = current;
    }
    return current;
  }

  /** The same settings the engine scores with. */
  public EngagementSettings settings() {
    return engine().settings();
  }
}
