package nl.rapport.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.UUID;

/**
 * Checks a JSON body against the record it will be bound to before JSON-B sees it, so that nothing
 * is silently coerced: a boolean is {@code true} or {@code false} (not "yes", not 7), a whole
 * number is a JSON number in range (not 2^32+1, not 1e400, not "7"), a text is a JSON string, a
 * date is a real calendar date with a four-digit year, a list holds no nulls. The first mismatch is
 * a 400 naming the field ({@code criteria.industries[2]}).
 */
final class StrictTypes {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private StrictTypes() {}

  /**
   * Checks every component of the record that the object holds; unknown fields are not looked at.
   */
  static void check(Class<?> record, JsonValue json, String prefix) {
    if (!(json instanceof JsonObject object)) {
      throw RapportException.badRequest(
          prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
          "must be a JSON object");
    }
    for (RecordComponent component : record.getRecordComponents()) {
      JsonValue value = object.get(component.getName());
      if (value != null) {
        check(component.getGenericType(), value, prefix + component.getName());
      }
    }
  }

  private static void check(Type type, JsonValue value, String field) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        throw RapportException.badRequest(field, field + " must not be null");
      }
      return; // required fields are Bean Validation's to name
    }
    Class<?> raw = rawClass(type);
    if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw RapportException.badRequest(field, field + " must be true or false");
      }
    } else if (raw == Integer.class || raw == int.class) {
      whole(value, field, INT_MIN, INT_MAX);
    } else if (raw == Long.class || raw == long.class) {
      whole(value, field, LONG_MIN, LONG_MAX);
    } else if (raw == Double.class || raw == double.class) {
      if (!(value instanceof JsonNumber number) || Double.isInfinite(number.doubleValue())) {
        throw RapportException.badRequest(field, field + " must be a number");
      }
    } else if (raw == String.class || raw == UUID.class || raw.isEnum()) {
      text(value, field);
    } else if (raw == LocalDate.class) {
      date(text(value, field), field);
    } else if (raw == Instant.class) {
      instant(text(value, field), field);
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        throw RapportException.badRequest(field, field + " must be a list");
      }
      Type element =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
          throw RapportException.badRequest(
              field + "[" + i + "]", field + "[" + i + "] must not be null");
        }
        check(element, array.get(i), field + "[" + i + "]");
      }
    } else if (raw.isRecord()) {
      check(raw, value, field + ".");
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static void whole(JsonValue value, String field, BigInteger min, BigInteger max) {
    if (!(value instanceof JsonNumber number)) {
      throw RapportException.badRequest(field, field + " must be a whole number");
    }
    BigInteger exact;
    try {
      // a huge exponent (1e400) is refused before it is expanded
      if (number.bigDecimalValue().precision() - number.bigDecimalValue().scale() > 40) {
        throw RapportException.badRequest(field, field + " is out of range");
      }
      exact = number.bigDecimalValue().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw RapportException.badRequest(field, field + " must be a whole number");
    }
    if (exact.compareTo(min) < 0 || exact.compareTo(max) > 0) {
      throw RapportException.badRequest(field, field + " is out of range");
    }
  }

  private static String text(JsonValue value, String field) {
    if (!(value instanceof JsonString string)) {
      throw RapportException.badRequest(field, field + " must be a JSON string");
    }
    return string.getString();
  }

  private static void date(String text, String field) {
    try {
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RapportException.badRequest(
          field, field + " must be a date yyyy-mm-dd with a four-digit year");
    }
  }

  private static void instant(String text, String field) {
    try {
      Instant at = Instant.parse(text);
      if (at.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
          || at.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
        throw new DateTimeParseException("year out of range", text, 0);
      }
    } catch (DateTimeParseException e) {
      throw RapportException.badRequest(
          field, field + " must be an ISO-8601 UTC time with a four-digit year");
    }
  }
}
