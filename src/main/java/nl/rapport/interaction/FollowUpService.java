package nl.rapport.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.platform.Audit;
import nl.rapport.platform.IdMatch;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;

/** Follow-ups as tasks: the open ones on my accounts, marking one done, rescheduling one. */
@Stateless
public class FollowUpService {

  /**
   * A follow-up with the moment it came from; {@code noteHidden} when the moment is a private note
   * the caller does not read.
   */
  public record Open(FollowUp task, Interaction moment, boolean noteHidden) {

    /** The moment's summary as the caller may read it: null when hidden or absent. */
    public String summary() {
      return noteHidden ? null : moment.getSummary();
    }
  }

  /** A projection row; the service decides whether the caller reads its note. */
  public record Row(FollowUp task, Interaction moment) {}

  /**
   * Open: not done, its moment is the latest version, and nothing was logged on the account after
   * the moment (or after the last reschedule). The worklist's FOLLOW_UP_DUE uses the same rule.
   */
  public static final String OPEN =
      " f.doneAt is null"
          + " and not exists (select n.id from Interaction n where n.supersedes = i.id)"
          + " and not exists (select l.id from Interaction l where l.accountId = i.accountId"
          + " and l.occurredAt > coalesce(f.rescheduledAt, i.occurredAt))";

  static final int MAX_SHOWN = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private Audit audit;
  @Inject private CurrentCaller currentCaller;
  @Inject private InteractionService interactions;

  /**
   * The open follow-ups on the caller's accounts (every account for those who read all), the
   * earliest due first; at most {@value #MAX_SHOWN}.
   */
  public List<Open> openForCaller() {
    Caller caller = currentCaller.get();
    boolean all = caller.readsAllAccounts();
    Set<UUID> portfolio = all ? Set.of() : accounts.portfolioIds();
    if (!all && portfolio.isEmpty()) {
      return List.of();
    }
    TypedQuery<Row> query =
        em.createQuery(
            "select new nl.rapport.interaction.FollowUpService$Row(f, i)"
                + " from FollowUp f, Interaction i where f.interactionId = i.id and"
                + OPEN
                + (all ? "" : " and f.accountId " + IdMatch.in(portfolio))
                + " order by f.dueDate, i.occurredAt, f.interactionId",
            Row.class);
    if (!all) {
      query.setParameter("ids", IdMatch.value(portfolio));
    }
    Map<UUID, Boolean> readsNotes = new HashMap<>();
    return query.setMaxResults(MAX_SHOWN).getResultList().stream()
        .map(r -> open(r.task(), r.moment(), readsNotes))
        .toList();
  }

  private Open open(FollowUp task, Interaction moment, Map<UUID, Boolean> readsNotes) {
    boolean hidden =
        moment.isPrivateNote()
            && !readsNotes.computeIfAbsent(task.getAccountId(), interactions::readsPrivateNotes);
    return new Open(task, moment, hidden);
  }

  public Open markDone(UUID interactionId) {
    FollowUp task = find(interactionId);
    String by = currentCaller.get().username();
    task.markDone(by, Instants.now());
    em.flush();
    audit.record(by, "DONE", "FollowUp", interactionId, null);
    return open(task, em.find(Interaction.class, interactionId), new HashMap<>());
  }

  public Open reschedule(UUID interactionId, LocalDate to, LocalDate today) {
    FollowUp task = find(interactionId);
    String by = currentCaller.get().username();
    task.reschedule(to, today, by, Instants.now());
    em.flush();
    audit.record(by, "RESCHEDULE", "FollowUp", interactionId, String.valueOf(to));
    return open(task, em.find(Interaction.class, interactionId), new HashMap<>());
  }

  /** A follow-up on an account the caller may change, else 404 or 403 as for the account. */
  private FollowUp find(UUID interactionId) {
    FollowUp task = em.find(FollowUp.class, interactionId);
    if (task == null || accounts.find(task.getAccountId()).isEmpty()) {
      throw RapportException.notFound("Follow-up " + interactionId);
    }
    accounts.getForChange(task.getAccountId());
    return task;
  }
}
