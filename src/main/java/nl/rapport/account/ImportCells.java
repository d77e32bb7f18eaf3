package nl.rapport.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The typed values of one import row, each parse problem recorded against its column. Booleans take
 * true/false, ja/nee, yes/no, 1/0; dates ISO ({@code 2026-03-14}) or Dutch ({@code 14-3-2026});
 * enum values their name in any case.
 */
final class ImportCells {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

  private final CsvRows.Row row;
  private final List<ImportError> errors = new ArrayList<>();

  ImportCells(CsvRows.Row row) {
    this.row = row;
    if (row.problem() != null) {
      errors.add(new ImportError(row.number(), null, row.problem()));
    }
  }

  int number() {
    return row.number();
  }

  boolean has(String column) {
    return row.cells().containsKey(column);
  }

  String text(String column) {
    return row.cell(column);
  }

  Boolean bool(String column) {
    String value = row.cell(column);
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "ja", "yes", "1", "waar" -> {
        return true;
      }
      case "false", "nee", "no", "0", "onwaar" -> {
        return false;
      }
      default -> {
        fail(column, "must be true or false (ja/nee, 1/0)");
        return null;
      }
    }
  }

  LocalDate date(String column) {
    String value = row.cell(column);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("-") && value.indexOf('-') == 4
          ? LocalDate.parse(value)
          : LocalDate.parse(value, DUTCH_DATE);
    } catch (DateTimeParseException e) {
      fail(column, "must be a date such as 2026-03-14 or 14-3-2026");
      return null;
    }
  }

  <E extends Enum<E>> E choice(String column, Class<E> type) {
    String value = row.cell(column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      fail(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  List<String> names(String column) {
    String value = row.cell(column);
    return value == null ? null : List.of(value.split("[|\\s]+"));
  }

  void fail(String column, String message) {
    errors.add(new ImportError(row.number(), column, message));
  }

  /**
   * The input's Bean Validation constraints, each against its column, for the columns the file has
   * (a file without {@code name} updates other fields; a new account without one is refused when it
   * is stored).
   */
  <T> void validate(T input, java.util.Collection<String> header) {
    for (ConstraintViolation<T> violation : VALIDATOR.validate(input)) {
      String path = violation.getPropertyPath().toString();
      int bracket = path.indexOf('[');
      String column = bracket < 0 ? path : path.substring(0, bracket);
      if (header.contains(column)) {
        fail(column, violation.getMessage());
      }
    }
  }

  List<ImportError> errors() {
    return errors;
  }

  static Set<String> columns(String... names) {
    return new java.util.LinkedHashSet<>(List.of(names));
  }
}
