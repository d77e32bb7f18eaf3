package nl.rapport.platform;

/**
 * Text for a CSV cell that a spreadsheet will not run: a cell starting with =, +, -, @, a tab or a
 * carriage return is a formula to Excel and LibreOffice, so it gets a leading apostrophe (OWASP
 * "CSV injection"). Every CSV export passes user-entered text through here.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
