package nl.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import nl.rapport.campaign.CampaignGuardrails;
import nl.rapport.engagement.engine.EngagementSettings;

/**
 * The configuration Rapport ships (META-INF/microprofile-config.properties, the one source of
 * defaults), for plain unit tests that need the settings the container would inject.
 */
public final class ShippedConfig {

  public static final String RESOURCE = "/META-INF/microprofile-config.properties";

  private static final Properties PROPERTIES = load();

  private ShippedConfig() {}

  private static Properties load() {
    try (InputStream in = ShippedConfig.class.getResourceAsStream(RESOURCE)) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of every shipped key and default. */
  public static Properties all() {
    Properties copy = new Properties();
    copy.putAll(PROPERTIES);
    return copy;
  }

  public static String value(String key) {
    String value = PROPERTIES.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(key + " is not in " + RESOURCE);
    }
    return value;
  }

  public static EngagementSettings engagement() {
    return EngagementSettings.from(key -> PROPERTIES.getProperty("rapport.engagement." + key));
  }

  public static CampaignGuardrails.Settings campaign() {
    return new CampaignGuardrails.Settings(
        Integer.parseInt(value("rapport.campaign.identifies-from-score")),
        Double.parseDouble(value("rapport.campaign.desirable-min-share")),
        Double.parseDouble(value("rapport.campaign.distinctive-max-overlap")));
  }
}
