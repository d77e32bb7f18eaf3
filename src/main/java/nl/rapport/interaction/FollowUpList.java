package nl.rapport.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/**
 * "Follow-ups": my open follow-up tasks, the earliest due first, overdue ones marked; each can be
 * marked done or rescheduled in place.
 */
@Named
@ViewScoped
public class FollowUpList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A follow-up, ready to show. */
  public record Row(
      UUID id,
      UUID accountId,
      String accountName,
      String due,
      boolean overdue,
      boolean today,
      String purpose,
      String summary,
      String logged)
      implements Serializable {}

  @Inject private FollowUpService followUps;
  @Inject private AccountService accounts;

  private List<Row> rows = List.of();
  private UUID rescheduling;
  private String reschedulingName;
  private LocalDate dueDate;

  public void load() {
    LocalDate today = today();
    Map<UUID, String> names = new HashMap<>();
    rows =
        followUps.openForCaller().stream()
            .map(
                open -> {
                  FollowUp task = open.task();
                  Interaction moment = open.moment();
                  UUID account = task.getAccountId();
                  return new Row(
                      task.getInteractionId(),
                      account,
                      names.computeIfAbsent(
                          account, id -> accounts.find(id).map(a -> a.getName()).orElse("?")),
                      Screens.date(task.getDueDate()),
                      task.getDueDate().isBefore(today),
                      task.getDueDate().isEqual(today),
                      Screens.label(moment.getPurpose()),
                      open.noteHidden()
                          ? Screens.text("timeline.private.hidden")
                          : open.summary() == null ? "" : open.summary(),
                      Screens.text(
                          "followUps.logged",
                          Screens.dateTime(moment.getOccurredAt()),
                          moment.getLoggedBy()));
                })
            .toList();
  }

  public void markDone(UUID id) {
    try {
      followUps.markDone(id);
      Screens.info("followUps.doneSaved");
    } catch (RapportException e) {
      Screens.refused(e, null);
    }
    load();
  }

  /** Opens the reschedule dialog on this follow-up, proposing a week from today. */
  public void startRescheduling(Row row) {
    rescheduling = row.id();
    reschedulingName = row.accountName();
    dueDate = today().plusWeeks(1);
  }

  public void reschedule() {
    try {
      followUps.reschedule(rescheduling, dueDate, today());
      Screens.info("followUps.rescheduled", Screens.date(dueDate));
      PrimeFaces.current().executeScript("PF('rescheduleDialog').hide()");
      load();
    } catch (RapportException e) {
      Screens.refused(e, "rescheduleForm:");
    }
  }

  private static LocalDate today() {
    return LocalDate.now(Screens.zone());
  }

  public LocalDate getMinDate() {
    return today();
  }

  public long getOverdueCount() {
    return rows.stream().filter(Row::overdue).count();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getReschedulingName() {
    return reschedulingName;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
