package nl.rapport.engagement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.StringWriter;
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

  private static final Comparator<Evidence> STRONGEST_FIRST =
      Comparator.comparing(Evidence::driver)
          .thenComparing(
              Comparator.comparingDouble((Evidence e) -> Math.abs(e.effect())).reversed());
  private static final JsonGeneratorFactory GENERATORS = JsonFactories.GENERATORS;
  private static final JsonReaderFactory READERS = JsonFactories.READERS;

  private EvidenceJson() {}

  static String write(List<Evidence> evidence) {
    // streamed, not built as a tree: a full recompute writes this for every account
    StringWriter out = new StringWriter(evidence.size() * 96);
    try (JsonGenerator json = GENERATORS.createGenerator(out)) {
      json.writeStartArray();
      evidence.stream()
          .sorted(STRONGEST_FIRST)
          .limit(MAX_ROWS)
          .forEach(
              e -> {
                json.writeStartObject()
                    .write("driver", e.driver().name())
                    .write("effect", e.effect())
                    .write("code", e.code())
                    .writeStartArray("args");
                e.args().forEach(json::write);
                json.writeEnd();
                if (e.interactionId() != null) {
                  json.write("interactionId", e.interactionId().toString());
                }
                json.writeEnd();
              });
      json.writeEnd();
    }
    return out.toString();
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
