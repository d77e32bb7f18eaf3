package nl.rapport.engagement.worklist;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** Accounts with personal contact due before {@code until}, or with high churn risk. */
  public List<Due> due(String me, Instant until) {
    return em.createQuery(
            "select new nl.rapport.engagement.worklist.WorklistQuery$Due(a.id, a.name,"
                + " a.relationshipType, p.personalContactDue, p.lastPersonalContactAt,"
                + " p.churnBucket, p.churnRisk)"
                + " from Account a, EngagementProfile p where p.accountId = a.id and"
                + MINE
                + " and (p.personalContactDue < :until or p.churnBucket = :high)",
            Due.class)
        .setParameter("former", Lifecycle.FORMER)
        .setParameter("me", me)
        .setParameter("until", until)
        .setParameter("high", ChurnRiskBucket.HIGH)
        .getResultList();
  }

  /** The caller's accounts that have no profile yet (loaded by hand, say). */
  public List<UUID> withoutProfile(String me) {
    return em.createQuery(
            "select a.id from Account a where"
                + MINE
                + " and not exists (select p.accountId from EngagementProfile p"
                + " where p.accountId = a.id)",
            UUID.class)
        .setParameter("former", Lifecycle.FORMER)
        .setParameter("me", me)
        .getResultList();
  }

  /** Contacts whose birthday (month × 100 + day) is one of these days. */
  public List<Birthday> birthdays(String me, Set<Integer> monthDays) {
    return em.createQuery(
            "select new nl.rapport.engagement.worklist.WorklistQuery$Birthday(a.id, a.name,"
                + " c.firstName, c.lastName, c.birthday)"
                + " from Contact c, Account a where c.accountId = a.id and"
                + MINE
                + " and c.removed = false and c.birthday is not null"
                + " and extract(month from c.birthday) * 100 + extract(day from c.birthday)"
                + " in :days",
            Birthday.class)
        .setParameter("former", Lifecycle.FORMER)
        .setParameter("me", me)
        .setParameter("days", monthDays)
        .getResultList();
  }

  /**
   * Follow-ups due by {@code today} and still open: the latest version of a moment, with nothing
   * logged on the account after it.
   */
  public List<FollowUp> followUps(String me, LocalDate today) {
    return em.createQuery(
            "select new nl.rapport.engagement.worklist.WorklistQuery$FollowUp(a.id, a.name,"
                + " i.summary, i.purpose, i.followUpDate)"
                + " from Interaction i, Account a where i.accountId = a.id and"
                + MINE
                + " and i.followUpDate is not null and i.followUpDate <= :today"
                + " and not exists (select n.id from Interaction n where n.supersedes = i.id)"
                + " and not exists (select l.id from Interaction l where l.accountId = i.accountId"
                + " and l.occurredAt > i.occurredAt)",
            FollowUp.class)
        .setParameter("former", Lifecycle.FORMER)
        .setParameter("me", me)
        .setParameter("today", today)
        .getResultList();
  }
}
