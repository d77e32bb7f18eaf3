package nl.rapport.platform;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.Map;

/**
 * JSON-P factories made once. {@code Json.createObjectBuilder()} and its kin look the provider up
 * through the class loader on every call; in a full recompute that lookup was most of the CPU (JFR,
 * issue 9), and every request that reads or writes JSON paid it too.
 */
public final class JsonFactories {

  public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
  public static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  private JsonFactories() {}
}
