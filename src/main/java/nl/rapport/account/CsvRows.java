package nl.rapport.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.rapport.platform.RapportException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an import file, read one at a time (a file of any length takes the memory of a row):
 * UTF-8 with or without a byte-order mark, comma- or semicolon-separated (Dutch Excel writes
 * semicolons), a header row naming the columns. Rows are numbered as a spreadsheet shows them: the
 * header is row 1.
 */
final class CsvRows implements Iterator<CsvRows.Row>, AutoCloseable {

  /** One data row: its number, and its cells by column (empty cells absent). */
  record Row(int number, Map<String, String> cells, String problem) {

    String cell(String column) {
      return cells.get(column);
    }
  }

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns;
  private int number = 1;

  private CsvRows(CSVParser parser, List<String> columns) {
    this.parser = parser;
    this.records = parser.iterator();
    this.columns = columns;
  }

  /**
   * Opens a file whose header names only these columns and all the required ones.
   *
   * @throws RapportException 400 naming the column that is unknown or missing, or {@code file}
   */
  static CsvRows open(InputStream in, Set<String> known, Set<String> required) {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    try {
      reader.mark(64 * 1024);
      String header = reader.readLine();
      if (header == null || header.isBlank()) {
        throw RapportException.badRequest("file", "the file is empty: it needs a header row");
      }
      reader.reset();
      if (header.startsWith("\uFEFF")) {
        reader.skip(1);
        header = header.substring(1);
      }
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter(header))
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .setTrim(true)
              .setAllowMissingColumnNames(false)
              .get();
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      List<String> columns = parser.getHeaderNames();
      for (String column : columns) {
        if (!known.contains(column)) {
          throw RapportException.badRequest(
              column,
              "unknown column '" + column + "'; the columns are " + String.join(", ", known));
        }
      }
      for (String column : required) {
        if (!columns.contains(column)) {
          throw RapportException.badRequest(column, "the header must have a column " + column);
        }
      }
      return new CsvRows(parser, columns);
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw RapportException.badRequest("file", "the header row cannot be read: " + e.getMessage());
    }
  }

  /** Whichever of ; and , the header uses more (outside quotes, a header has few). */
  static char delimiter(String header) {
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static RapportException notUtf8() {
    return RapportException.badRequest(
        "file", "the file is not UTF-8 text (in Excel: save as \"CSV UTF-8\")");
  }

  List<String> columns() {
    return columns;
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record;
    try {
      record = records.next();
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
    // the line the row ends on: blank lines count, as in a spreadsheet or an editor
    number = (int) Math.max(number + 1, parser.getCurrentLineNumber());
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
      String value = record.get(i);
      if (!value.isEmpty()) {
        cells.put(columns.get(i), value);
      }
    }
    String problem =
        record.size() == columns.size()
            ? null
            : "the row has " + record.size() + " cells, the header " + columns.size();
    return new Row(number, cells, problem);
  }

  private RapportException unreadable(UncheckedIOException e) {
    if (e.getCause() instanceof CharacterCodingException) {
      return notUtf8();
    }
    return RapportException.badRequest(
        "file", "the file cannot be read after row " + number + ": " + e.getCause().getMessage());
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
