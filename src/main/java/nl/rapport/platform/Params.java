package nl.rapport.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand, because JAX-RS answers a parameter it cannot convert with a 404;
 * Rapport answers 400 naming the parameter.
 */
public final class Params {

  private Params() {}

  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw RapportException.badRequest(name, name + " must be one of " + allowed);
    }
  }

  public static Integer integer(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw RapportException.badRequest(name, name + " must be a whole number");
    }
  }

  public static PageRequest page(String page, String size) {
    return PageRequest.of(integer(page, "page"), integer(size, "size"));
  }

  /** A path id; a malformed one names nothing that exists, so it is a 404. */
  public static UUID id(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw RapportException.notFound(what + " " + value);
    }
  }
}
