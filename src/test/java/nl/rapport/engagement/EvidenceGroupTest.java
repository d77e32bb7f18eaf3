package nl.rapport.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.rapport.engagement.engine.Driver;
import nl.rapport.engagement.engine.Evidence;
import nl.rapport.engagement.engine.EvidenceGroup;
import org.junit.jupiter.api.Test;

class EvidenceGroupTest {

  private static Evidence complaint() {
    return Evidence.of(Driver.CHURN_RISK, 5, "evidence.openComplaint", null);
  }

  @Test
  void fourOpenComplaintsAreOneLineCountedFourTimesWithTheirEffectSummed() {
    Evidence effort = Evidence.of(Driver.EXPERIENCE, 83.3, "evidence.effort", null, 6, 83);
    List<EvidenceGroup> groups =
        EvidenceGroup.of(List.of(complaint(), effort, complaint(), complaint(), complaint()));

    assertEquals(2, groups.size());
    assertEquals("evidence.openComplaint", groups.get(0).code(), "in the order first seen");
    assertEquals(4, groups.get(0).count());
    assertEquals(20.0, groups.get(0).effect());
    assertEquals(1, groups.get(1).count());
    assertEquals(83.3, groups.get(1).effect());
  }

  @Test
  void theSameKindWithOtherDetailsStaysApart() {
    List<EvidenceGroup> groups =
        EvidenceGroup.of(
            List.of(
                Evidence.of(Driver.EXPERIENCE, 10, "evidence.effort", null, 6, 83),
                Evidence.of(Driver.EXPERIENCE, 2, "evidence.effort", null, 2, 17)));
    assertEquals(2, groups.size());
  }

  @Test
  void noEvidenceNoGroups() {
    assertEquals(List.of(), EvidenceGroup.of(List.of()));
  }
}
