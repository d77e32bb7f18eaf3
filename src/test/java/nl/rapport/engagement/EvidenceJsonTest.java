package nl.rapport.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.engagement.engine.Driver;
import nl.rapport.engagement.engine.Evidence;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {

  @Test
  void writesWhatItReadsBackStrongestFirstPerDriver() {
    UUID moment = UUID.randomUUID();
    List<Evidence> evidence =
        List.of(
            Evidence.of(Driver.CHURN_RISK, 5, "evidence.churn.overdue", null, 40, 30),
            Evidence.of(Driver.EXPERIENCE, -12.34, "evidence.openComplaint", moment, "é\"quote"),
            Evidence.of(Driver.EXPERIENCE, 30, "evidence.peak", moment, 90, "a|b|90"));

    List<Evidence> read = EvidenceJson.read(EvidenceJson.write(evidence));

    assertEquals(
        List.of(
            Evidence.of(Driver.EXPERIENCE, 30, "evidence.peak", moment, 90, "a|b|90"),
            Evidence.of(Driver.EXPERIENCE, -12.3, "evidence.openComplaint", moment, "é\"quote"),
            Evidence.of(Driver.CHURN_RISK, 5, "evidence.churn.overdue", null, 40, 30)),
        read);
  }

  @Test
  void keepsTheStrongestRowsOnly() {
    List<Evidence> many = new ArrayList<>();
    for (int i = 1; i <= EvidenceJson.MAX_ROWS + 20; i++) {
      many.add(Evidence.of(Driver.PARTICIPATION, i / 10.0, "evidence.participation", null));
    }

    List<Evidence> read = EvidenceJson.read(EvidenceJson.write(many));

    assertEquals(EvidenceJson.MAX_ROWS, read.size());
    assertEquals(8.0, read.get(0).effect());
    assertTrue(read.stream().allMatch(e -> e.effect() > 2.0), "the 20 weakest rows are dropped");
  }

  @Test
  void noEvidenceIsAnEmptyArray() {
    assertEquals("[]", EvidenceJson.write(List.of()));
    assertEquals(List.of(), EvidenceJson.read(null));
  }
}
