package nl.rapport.engagement.worklist;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.rapport.account.Lifecycle;
import nl.rapport.account.RelationshipType;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.interaction.Purpose;
import nl.rapport.platform.CrossFeatureReadModel;

/**
 * What the worklist needs, selected in the database for the caller's own and team accounts: the
 * accounts whose profile says personal contact is due or churn risk is high, the contacts whose
 * birthday falls in the window, the follow-ups that are due. Asking the owners for the whole
 * portfolio's ids and then for each id list took 20 s for 50,000 accounts (docs/measurements.md);
 * here each is one query that returns only the rows that make the list.
 */
@Stateless
@CrossFeatureReadModel(
    "the worklist: a caller's accounts × engagement profiles, contacts' birthdays and due"
        + " follow-ups, each selected in one query")
public class WorklistQuery {

  /** The caller's own and team accounts that are not archived (account alias {@code a}). */
  private static final String MINE =
      " a.lifecycle <> :former and (a.owner = :me or :me member of a.team)";

  @PersistenceContext private EntityManager em;

  public record Due(
      UUID accountId,
      String accountName,
      RelationshipType relationshipType,
      Instant personalContactDue,
      Instant lastPersonalContactAt,
      ChurnRiskBucket churnBucket,
      int churnRisk) {}

  public record Birthday(
      UUID accountId, String accountName, String firstName, String lastName, LocalDate birthday) {}

  public record FollowUp(
      UUID accountId, String accountName, String summary, Purpose purpose, LocalDate due) {}

  private static final String DUE_SELECT =
      "select new nl.rapport.engagement.worklist.WorklistQuery$Due(a.id, a.name,"
          + " a.relationshipType, p.personalContactDue, p.lastPersonalContactAt,"
          + " p.churnBucket, p.churnRisk)";

  private static final String OVERDUE =
      " from Account a, EngagementProfile p where p.accountId = a.id and"
          + MINE
          + " and p.personalContactDue < :until";

  private static final String HIGH_CHURN =
      " from Account a, EngagementProfile p where p.accountId = a.id and"
          + MINE
          + " and p.churnBucket = :high";

  /** The first {@code limit} accounts whose personal contact is due before {@code until}. */
  public List<Due> overdue(String me, Instant until, int limit) {
    return mine(
            em.createQuery(
                DUE_SELECT + OVERDUE + " order by p.personalContactDue, a.name, a.id", Due.class),
            me)
        .setParameter("until", until)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The first {@code limit} accounts with high churn risk, by name. */
  public List<Due> highChurn(String me, int limit) {
    return mine(em.createQuery(DUE_SELECT + HIGH_CHURN + " order by a.name, a.id", Due.class), me)
        .setParameter("high", ChurnRiskBucket.HIGH)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Binds the parameters of {@link #MINE}. */
  private static <T> TypedQuery<T> mine(TypedQuery<T> query, String me) {
    return query.setParameter("former", Lifecycle.FORMER).setParameter("me", me);
  }

  /**
   * The caller's profiles per level and churn bucket, with how many of them are due for personal
   * contact before {@code until}: [level, bucket, count, due]. One pass over the portfolio gives
   * the dashboard's spread and the worklist's overdue and high-churn totals, which took three.
   */
  public List<Object[]> spread(String me, Instant until) {
    return mine(
            em.createQuery(
                "select p.level, p.churnBucket, count(p),"
                    + " sum(case when p.personalContactDue < :until then 1 else 0 end)"
                    + " from Account a, EngagementProfile p where p.accountId = a.id and"
                    + MINE
                    + " group by p.level, p.churnBucket",
                Object[].class),
            me)
        .setParameter("until", until)
        .getResultList();
  }

  /** Contacts whose birthday (month × 100 + day) is one of these days. */
  public List<Birthday> birthdays(String me, Set<Integer> monthDays) {
    return mine(
            em.createQuery(
                "select new nl.rapport.engagement.worklist.WorklistQuery$Birthday(a.id, a.name,"
                    + " c.firstName, c.lastName, c.birthday)"
                    + " from Contact c, Account a where c.accountId = a.id and"
                    + MINE
                    + " and c.removed = false and c.birthday is not null"
                    + " and extract(month from c.birthday) * 100 + extract(day from c.birthday)"
                    + " in :days",
                Birthday.class),
            me)
        .setParameter("days", monthDays)
        .getResultList();
  }

  private static final String FOLLOW_UPS =
      " from FollowUp f, Interaction i, Account a"
          + " where f.interactionId = i.id and i.accountId = a.id and"
          + MINE
          + " and f.dueDate <= :today and"
          + nl.rapport.interaction.FollowUpService.OPEN;

  /**
   * The first {@code limit} follow-ups due by {@code today} and still open (not done, the latest
   * version of a moment, nothing logged on the account after it or its last reschedule), oldest
   * first.
   */
  public List<FollowUp> followUps(String me, LocalDate today, int limit) {
    return mine(
            em.createQuery(
                "select new nl.rapport.engagement.worklist.WorklistQuery$FollowUp(a.id, a.name,"
                    + " i.summary, i.purpose, f.dueDate)"
                    + FOLLOW_UPS
                    + " order by f.dueDate, a.name, a.id",
                FollowUp.class),
            me)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  public long followUpCount(String me, LocalDate today) {
    return mine(em.createQuery("select count(i)" + FOLLOW_UPS, Long.class), me)
        .setParameter("today", today)
        .getSingleResult();
  }
}
