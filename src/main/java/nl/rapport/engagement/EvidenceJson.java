package nl.rapport.engagement;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.rapport.engagement.engine.Driver;
import nl.rapport.engagement.engine.Evidence;
import nl.rapport.platform.JsonFactories;

/** Evidence rows as stored with a profile: a JSON array, the strongest effects first. */
final class EvidenceJson {

  /** Keeps a profile row small; the weakest rows beyond this are summarised away. */
  static final int MAX_ROWS = 60;

  private static final JsonBuilderFactory BUILDERS = JsonFactories.BUILDERS;
  private static final JsonReaderFactory READERS = JsonFactories.READERS;

  private EvidenceJson() {}

  static String write(List<Evidence> evidence) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    evidence.stream()
        .sorted(Comparator.comparing(Evidence::driver).thenComparing(e -> -Math.abs(e.effect())))
        .limit(MAX_ROWS)
        .forEach(
            e -> {
              JsonObjectBuilder row =
                  BUILDERS
                      .createObjectBuilder()
                      .add("driver", e.driver().name())
                      .add("effect", e.effect())
                      .add("code", e.code());
              JsonArrayBuilder args = BUILDERS.createArrayBuilder();
              e.args().forEach(args::add);
              row.add("args", args);
              if (e.interactionId() != null) {
                row.add("interactionId", e.interactionId().toString());
              }
              array.add(row);
            });
    return array.build().toString();
  }

  static List<Evidence> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    JsonArray array = READERS.createReader(new StringReader(json)).readArray();
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            o ->
                new Evidence(
                    Driver.valueOf(o.getString("driver")),
                    o.getJsonNumber("effect").doubleValue(),
                    o.getString("code"),
                    o.getJsonArray("args").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                    o.containsKey("interactionId")
                        ? UUID.fromString(o.getString("interactionId"))
                        : null))
        .toList();
  }
}
