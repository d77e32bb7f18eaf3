package nl.rapport.engagement.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One account on the worklist with every reason it is there (overdue, churn risk, a birthday, a
 * follow-up), most urgent first. The account stands where its most urgent reason stands: the
 * worklist is already in the order of urgency, so grouping keeps each account's first place.
 */
public record AccountAttention(
    UUID accountId, String accountName, LocalDate due, List<WorklistEntry> reasons) {

  public AccountAttention {
    reasons = List.copyOf(reasons);
  }

  /** The worklist's lines, in their order, as one entry per account in the same order. */
  public static List<AccountAttention> group(List<WorklistEntry> lines) {
    Map<UUID, List<WorklistEntry>> byAccount = new LinkedHashMap<>();
    for (WorklistEntry line : lines) {
      byAccount.computeIfAbsent(line.accountId(), id -> new ArrayList<>()).add(line);
    }
    List<AccountAttention> accounts = new ArrayList<>();
    byAccount.forEach(
        (id, reasons) ->
            accounts.add(
                new AccountAttention(
                    id, reasons.get(0).accountName(), reasons.get(0).dueDate(), reasons)));
    return accounts;
  }
}
