package nl.rapport.engagement.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One line on the worklist; {@code args} fill the reason's message in the reader's language. */
public record WorklistEntry(
    UUID accountId,
    String accountName,
    WorklistReason reason,
    List<String> args,
    LocalDate dueDate) {

  public WorklistEntry {
    args = List.copyOf(args);
  }

  public String messageKey() {
    return "worklist." + reason.name();
  }
}
