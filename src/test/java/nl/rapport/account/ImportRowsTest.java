package nl.rapport.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.rapport.platform.RapportException;
import org.junit.jupiter.api.Test;

/** Reading and parsing import files, without a container. */
class ImportRowsTest {

  private static CsvRows open(String text) {
    return open(text.getBytes(StandardCharsets.UTF_8));
  }

  private static CsvRows open(byte[] bytes) {
    return CsvRows.open(
        new ByteArrayInputStream(bytes), ImportedAccount.COLUMNS, ImportedAccount.REQUIRED);
  }

  private static List<ImportedAccount.Parsed> parse(String text) {
    List<ImportedAccount.Parsed> parsed = new ArrayList<>();
    try (CsvRows rows = open(text)) {
      rows.forEachRemaining(row -> parsed.add(ImportedAccount.parse(row, rows.columns())));
    }
    return parsed;
  }

  @Test
  void dutchExcelSemicolonsWithAByteOrderMarkAndQuotedCells() {
    List<ImportedAccount.Parsed> rows =
        parse(
            "\uFEFFexternalId;name;industry;country;communityMember;customerSince;team\r\n"
                + "ERP-1;\"Bakkerij \"\"De Korenaar\"\"; Jansen\";Food;NL;ja;14-3-2019;bram\r\n"
                + "\r\n"
                + "ERP-2;Molenaar Metaal;;NL;nee;2020-01-31;\r\n");
    assertEquals(2, rows.size());
    ImportedAccount first = rows.get(0).account();
    assertEquals(
        "ERP-1", first.externalId(), "the byte-order mark is not part of the first column");
    assertEquals("Bakkerij \"De Korenaar\"; Jansen", first.input().name());
    assertEquals(Boolean.TRUE, first.input().communityMember());
    assertEquals(LocalDate.of(2019, 3, 14), first.input().customerSince());
    assertEquals(List.of("bram"), first.input().team());
    assertEquals(2, first.row(), "the header is row 1");
    ImportedAccount second = rows.get(1).account();
    assertEquals(4, second.row(), "rows are numbered as the file has them, blank lines too");
    assertNull(second.input().industry(), "an empty cell is no value");
    assertEquals(Boolean.FALSE, second.input().communityMember());
  }

  @Test
  void commasWorkToo() {
    ImportedAccount row =
        parse("externalId,name,country\nX-1,\"Smit, Zonen\",BE\n").get(0).account();
    assertEquals("Smit, Zonen", row.input().name());
    assertEquals("BE", row.input().country());
  }

  @Test
  void everyProblemOfARowIsNamedByItsColumn() {
    ImportedAccount.Parsed bad =
        parse(
                "externalId;name;country;lifecycle;socialActivator;customerSince\n"
                    + ";  ;Nederland;SOMETIMES;misschien;31-31-2020\n")
            .get(0);
    assertNull(bad.account());
    List<String> fields = bad.errors().stream().map(ImportError::field).sorted().toList();
    assertEquals(
        List.of("country", "customerSince", "externalId", "lifecycle", "name", "socialActivator"),
        fields,
        bad.errors()::toString);
    assertTrue(bad.errors().stream().allMatch(e -> e.row() == 2));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    ImportedAccount.Parsed bad = parse("externalId;name\nX-1;Een;extra\n").get(0);
    assertNull(bad.account());
    assertEquals("the row has 3 cells, the header 2", bad.errors().get(0).message());
  }

  @Test
  void theHeaderMustNameKnownColumnsAndTheRequiredOnes() {
    assertEquals(
        "naam", assertThrows(RapportException.class, () -> open("externalId;naam\nX;Y\n")).field());
    assertEquals(
        "externalId", assertThrows(RapportException.class, () -> open("name;industry\n")).field());
    assertEquals("file", assertThrows(RapportException.class, () -> open("")).field());
    assertEquals(
        "file",
        assertThrows(
                RapportException.class,
                () -> open("externalId;name\nX;Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)))
            .field(),
        "Windows-1252 from old Excel is refused, not read as garbage");
  }

  @Test
  void columnsTheFileDoesNotHaveKeepTheirValue() {
    Account current = new Account("Oud BV", "anna", Lifecycle.ACTIVE, Instant.now());
    current.describe("Oud BV", "Bouw", "NL", LocalDate.of(2020, 1, 1), true, false);
    ImportedAccount row = parse("externalId;name;industry\nX-1;Nieuw BV;\n").get(0).account();
    AccountInput next = row.over(current);
    assertEquals("Nieuw BV", next.name());
    assertNull(next.industry(), "a column the file has, left empty, empties the field");
    assertEquals("NL", next.country(), "a column the file lacks keeps its value");
    assertEquals("anna", next.owner());
    assertEquals(Lifecycle.ACTIVE, next.lifecycle());
    assertEquals(Boolean.TRUE, next.communityMember());
    assertEquals(LocalDate.of(2020, 1, 1), next.customerSince());
    current.assignTo("anna", List.of("bram"));
    assertEquals(
        List.of(),
        parse("externalId;name;team\nX-1;Oud BV;\n").get(0).account().over(current).team(),
        "an empty team cell empties the team");
  }

  @Test
  void contactRowsNameTheirAccount() {
    try (CsvRows rows =
        CsvRows.open(
            new ByteArrayInputStream(
                "externalId;accountExternalId;firstName;lastName;email;marketingConsent\n"
                    .concat("C-1;;Sanne;de Boer;not-an-email;ja\n")
                    .getBytes(StandardCharsets.UTF_8)),
            ImportedContact.COLUMNS,
            ImportedContact.REQUIRED)) {
      ImportedContact.Parsed bad = ImportedContact.parse(rows.next(), rows.columns());
      assertEquals(
          List.of("accountExternalId", "email"),
          bad.errors().stream().map(ImportError::field).sorted().toList());
    }
  }

  @Test
  void theReportTravelsWithTheScreensSessionToAnotherNode() throws Exception {
    ImportReport report =
        new ImportReport(true, 2, 1, 0, 0, 1, List.of(new ImportError(3, "country", "bad")));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(report);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(report, in.readObject());
    }
  }
}
