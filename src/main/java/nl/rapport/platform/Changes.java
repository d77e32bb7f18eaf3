package nl.rapport.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The fields a change altered, each with its value before and after, as the audit trail keeps them.
 * Values are kept as text (a set as its sorted, comma-separated members); a field whose value did
 * not change is left out.
 */
public record Changes(Map<String, Change> fields) {

  /** What a field held before and after; {@code null} where it had no value. */
  public record Change(String before, String after) {}

  /** What stands in for a value that an erasure removed. */
  public static final String ERASED = "[erased]";

  /** Longest value kept per field: the trail records a change, it is not a copy of the data. */
  static final int MAX_VALUE_LENGTH = 500;

  public Changes {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Changes none() {
    return new Changes(Map.of());
  }

  /** The fields whose values differ between the two states, in the order the states list them. */
  public static Changes between(Map<String, ?> before, Map<String, ?> after) {
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    Map<String, Change> changed = new LinkedHashMap<>();
    for (String name : names) {
      String was = text(before.get(name));
      String is = text(after.get(name));
      if (!Objects.equals(was, is)) {
        changed.put(name, new Change(was, is));
      }
    }
    return new Changes(changed);
  }

  /** Everything a new thing was created with. */
  public static Changes created(Map<String, ?> state) {
    return between(Map.of(), state);
  }

  /** One field's change. */
  public static Changes of(String field, Object before, Object after) {
    return between(
        before == null ? Map.of() : Map.of(field, before),
        after == null ? Map.of() : Map.of(field, after));
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The same changes with the values of these fields replaced by {@link #ERASED}. */
  public Changes erase(Predicate<String> field) {
    Map<String, Change> kept = new LinkedHashMap<>();
    fields.forEach(
        (name, change) ->
            kept.put(
                name,
                field.test(name)
                    ? new Change(
                        change.before() == null ? null : ERASED,
                        change.after() == null ? null : ERASED)
                    : change));
    return new Changes(kept);
  }

  public String toJson() {
    JsonObjectBuilder json = JsonFactories.BUILDERS.createObjectBuilder();
    fields.forEach(
        (name, change) -> {
          JsonObjectBuilder pair = JsonFactories.BUILDERS.createObjectBuilder();
          if (change.before() == null) {
            pair.addNull("before");
          } else {
            pair.add("before", change.before());
          }
          if (change.after() == null) {
            pair.addNull("after");
          } else {
            pair.add("after", change.after());
          }
          json.add(name, pair);
        });
    return json.build().toString();
  }

  /** Read back what {@link #toJson()} wrote; nothing (an older entry) reads as no changes. */
  public static Changes fromJson(String json) {
    if (json == null || json.isBlank()) {
      return none();
    }
    try (var reader = JsonFactories.READERS.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, Change> read = new LinkedHashMap<>();
      object.forEach(
          (name, value) -> {
            JsonObject pair = value.asJsonObject();
            read.put(name, new Change(string(pair, "before"), string(pair, "after")));
          });
      return new Changes(read);
    }
  }

  private static String string(JsonObject pair, String key) {
    JsonValue value = pair.get(key);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : pair.getString(key);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Collection<?> many) {
      Set<String> sorted = new TreeSet<>();
      many.forEach(v -> sorted.add(String.valueOf(v)));
      text = String.join(",", sorted);
    } else {
      text = String.valueOf(value);
    }
    return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
  }
}
