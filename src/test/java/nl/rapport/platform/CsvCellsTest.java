package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void formulaPrefixesAreNeutralised() {
    assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.text("=HYPERLINK(\"http://x\")"));
    assertEquals("'+31 6 1234", CsvCells.text("+31 6 1234"));
    assertEquals("'-2+3", CsvCells.text("-2+3"));
    assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
    assertEquals("'\tx", CsvCells.text("\tx"));
    assertEquals("'\rx", CsvCells.text("\rx"));
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    assertEquals("Brouwerij Het Anker", CsvCells.text("Brouwerij Het Anker"));
    assertEquals("a=b", CsvCells.text("a=b"));
    assertEquals("", CsvCells.text(""));
    assertEquals("", CsvCells.text(null));
  }
}
