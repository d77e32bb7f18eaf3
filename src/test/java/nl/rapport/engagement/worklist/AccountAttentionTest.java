package nl.rapport.engagement.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountAttentionTest {

  private static final UUID BAKEN = UUID.randomUUID();
  private static final UUID MOSSEL = UUID.randomUUID();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static WorklistEntry line(UUID account, WorklistReason reason, int daysFromToday) {
    return new WorklistEntry(
        account,
        account == BAKEN ? "Het Baken" : "Mosselkwekerij",
        reason,
        List.of(),
        TODAY.plusDays(daysFromToday));
  }

  @Test
  void anAccountWithThreeReasonsIsOneRowHoldingAllThreeMostUrgentFirst() {
    List<WorklistEntry> lines =
        List.of(
            line(BAKEN, WorklistReason.PERSONAL_CONTACT_OVERDUE, -10),
            line(MOSSEL, WorklistReason.FOLLOW_UP_DUE, -2),
            line(BAKEN, WorklistReason.CHURN_RISK, 0),
            line(MOSSEL, WorklistReason.BIRTHDAY, 5),
            line(BAKEN, WorklistReason.BIRTHDAY, 6));

    List<AccountAttention> rows = AccountAttention.group(lines);

    assertEquals(List.of(BAKEN, MOSSEL), rows.stream().map(AccountAttention::accountId).toList());
    AccountAttention baken = rows.get(0);
    assertEquals(
        List.of(
            WorklistReason.PERSONAL_CONTACT_OVERDUE,
            WorklistReason.CHURN_RISK,
            WorklistReason.BIRTHDAY),
        baken.reasons().stream().map(WorklistEntry::reason).toList());
    assertEquals(TODAY.minusDays(10), baken.due(), "due when its most urgent reason is");
    assertEquals(TODAY.minusDays(2), rows.get(1).due());
  }

  @Test
  void twoFollowUpsOfOneAccountStayTwoReasonsOnItsRow() {
    List<AccountAttention> rows =
        AccountAttention.group(
            List.of(
                line(MOSSEL, WorklistReason.FOLLOW_UP_DUE, -3),
                line(MOSSEL, WorklistReason.FOLLOW_UP_DUE, -1)));
    assertEquals(1, rows.size());
    assertEquals(2, rows.get(0).reasons().size());
  }

  @Test
  void anEmptyWorklistHasNoRows() {
    assertEquals(List.of(), AccountAttention.group(List.of()));
  }
}
