package nl.rapport.privacy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.CrossFeatureReadModel;

/** The contacts the retention rule makes due: former accounts × their contacts × their moments. */
@Stateless
@CrossFeatureReadModel(
    "retention: contacts of accounts FORMER since the cutoff with no interaction after it, in one"
        + " query")
public class RetentionQuery {

  @PersistenceContext private EntityManager em;

  /** The rule, in the query: contact c of account a is due at :cutoff (see RetentionRule). */
  private static final String DUE =
      " from Contact c, Account a where c.accountId = a.id"
          + " and a.lifecycle = nl.rapport.account.Lifecycle.FORMER"
          + " and a.formerSince <= :cutoff and c.erasedAt is null"
          + " and not exists (select j.id from Interaction j where j.accountId = a.id"
          + " and j.occurredAt > :cutoff)";

  /** A contact that is due, with what made it so. */
  public record Due(
      UUID contactId,
      UUID accountId,
      String accountName,
      Instant formerSince,
      Instant lastMoment) {}

  /** The due contacts (not erased yet), oldest former account first; at most {@code limit}. */
  public List<Due> due(Instant cutoff, int limit) {
    return em
        .createQuery(
            "select c.id, a.id, a.name, a.formerSince,"
                + " (select max(i.occurredAt) from Interaction i where i.accountId = a.id)"
                + DUE
                + " order by a.formerSince, a.id, c.id",
            Object[].class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new Due((UUID) r[0], (UUID) r[1], (String) r[2], (Instant) r[3], (Instant) r[4]))
        .toList();
  }

  /** Whether this one contact is due now (the job checks again just before it erases). */
  public boolean isDue(UUID contactId, Instant cutoff) {
    return em.createQuery("select count(c)" + DUE + " and c.id = :contact", Long.class)
            .setParameter("contact", contactId)
            .setParameter("cutoff", cutoff)
            .getSingleResult()
        > 0;
  }

  public long count(Instant cutoff) {
    return em.createQuery("select count(c)" + DUE, Long.class)
        .setParameter("cutoff", cutoff)
        .getSingleResult();
  }
}
