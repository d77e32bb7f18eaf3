package nl.rapport.engagement;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.engagement.engine.MomentTally;
import nl.rapport.engagement.engine.MomentTally.Group;
import nl.rapport.engagement.engine.MomentTally.Kind;
import nl.rapport.interaction.Purpose;
import nl.rapport.platform.JsonFactories;

/**
 * A tally's groups as a compact JSON array of arrays: {@code [effort, nps, flags, moments, weight,
 * lastAt, lastInteractionId, lastChannel, lastPurpose]}, flags being personal 1, participation 2,
 * appreciation 4, sensation 8. Doubles are written in full, so a tally reads back exactly.
 */
final class MomentTallyJson {

  private MomentTallyJson() {}

  static String write(MomentTally tally) {
    StringWriter out = new StringWriter(64 + tally.groups().size() * 110);
    try (JsonGenerator json = JsonFactories.GENERATORS.createGenerator(out)) {
      json.writeStartArray();
      for (Group g : tally.groups()) {
        Kind k = g.kind();
        json.writeStartArray();
        writeInt(json, k.effortScore());
        writeInt(json, k.npsScore());
        json.write(
            (k.personal() ? 1 : 0)
                | (k.participation() ? 2 : 0)
                | (k.appreciation() ? 4 : 0)
                | (k.sensation() ? 8 : 0));
        json.write(g.moments());
        json.write(g.weight());
        json.write(g.lastAt().toString());
        if (g.lastInteractionId() == null) {
          json.writeNull();
        } else {
          json.write(g.lastInteractionId().toString());
        }
        json.write(g.lastChannel().name());
        json.write(g.lastPurpose().name());
        json.writeEnd();
      }
      json.writeEnd();
    }
    return out.toString();
  }

  static MomentTally read(double halfLifeDays, Instant weightsAt, String text) {
    JsonArray array = JsonFactories.READERS.createReader(new StringReader(text)).readArray();
    List<Group> groups = new ArrayList<>(array.size());
    for (JsonArray g : array.getValuesAs(JsonArray.class)) {
      int flags = g.getInt(2);
      groups.add(
          new Group(
              new Kind(
                  integer(g.get(0)),
                  integer(g.get(1)),
                  (flags & 1) != 0,
                  (flags & 2) != 0,
                  (flags & 4) != 0,
                  (flags & 8) != 0),
              g.getInt(3),
              g.getJsonNumber(4).doubleValue(),
              Instant.parse(g.getString(5)),
              g.isNull(6) ? null : UUID.fromString(g.getString(6)),
              Channel.valueOf(((JsonString) g.get(7)).getString()),
              Purpose.valueOf(g.getString(8))));
    }
    return MomentTally.restore(halfLifeDays, weightsAt, groups);
  }

  private static void writeInt(JsonGenerator json, Integer value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.write(value);
    }
  }

  private static Integer integer(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonNumber) value).intValue();
  }
}
