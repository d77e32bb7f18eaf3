package nl.rapport.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.platform.RapportException;

/**
 * A follow-up task, logged with a contact moment ("follow up on ..."). It is open until someone
 * marks it done, or until a later moment is logged on the account: a later contact is the
 * follow-up. Rescheduling moves the due date and says the task is still open as of now, so only a
 * moment logged after that closes it.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

  @Id
  @Column(name = "interaction_id")
  private UUID interactionId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "rescheduled_at")
  private Instant rescheduledAt;

  @Column(name = "rescheduled_by")
  private String rescheduledBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  @Version private long version;

  protected FollowUp() {}

  /** The task of a moment logged with a follow-up date. */
  public static FollowUp of(Interaction moment) {
    if (moment.getFollowUpDate() == null) {
      throw new IllegalArgumentException("only a moment with a follow-up date has a follow-up");
    }
    FollowUp task = new FollowUp();
    task.interactionId = moment.getId();
    task.accountId = moment.getAccountId();
    task.dueDate = moment.getFollowUpDate();
    return task;
  }

  public void markDone(String by, Instant at) {
    requireOpen();
    doneAt = at;
    doneBy = by;
  }

  /** Moves the due date; {@code today} is the caller's date, before which it cannot be due. */
  public void reschedule(LocalDate to, LocalDate today, String by, Instant at) {
    requireOpen();
    if (to == null) {
      throw RapportException.invalid("dueDate", "dueDate is required");
    }
    if (to.isBefore(today)) {
      throw RapportException.invalid("dueDate", "dueDate cannot be in the past");
    }
    dueDate = to;
    rescheduledAt = at;
    rescheduledBy = by;
  }

  private void requireOpen() {
    if (doneAt != null) {
      throw RapportException.conflict("This follow-up was already done, by " + doneBy + ".");
    }
  }

  public boolean isDone() {
    return doneAt != null;
  }

  public UUID getInteractionId() {
    return interactionId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getRescheduledAt() {
    return rescheduledAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public long getVersion() {
    return version;
  }
}
