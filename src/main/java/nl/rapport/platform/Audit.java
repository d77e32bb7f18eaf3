package nl.rapport.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who changed what, when, with the changed fields before and after: written in the same transaction
 * as the change itself, so a change that rolls back leaves no line.
 */
@Stateless
public class Audit {

  @PersistenceContext private EntityManager em;

  public void record(String actor, String action, String entityType, UUID entityId, String detail) {
    record(actor, action, entityType, entityId, Changes.none(), detail);
  }

  public void record(
      String actor,
      String action,
      String entityType,
      UUID entityId,
      Changes changes,
      String detail) {
    em.persist(
        new AuditEntry(
            Instants.now(),
            actor,
            action,
            entityType,
            entityId,
            entityId == null ? null : entityId.toString(),
            changes,
            detail));
  }

  /** For things keyed by text rather than an id (users, by name). */
  public void record(
      String actor,
      String action,
      String entityType,
      String entityKey,
      Changes changes,
      String detail) {
    em.persist(
        new AuditEntry(
            Instants.now(), actor, action, entityType, null, entityKey, changes, detail));
  }

  /** The lines that match, newest first. */
  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (query.entityType() != null) {
      where.append(" and a.entityType = :type");
      parameters.put("type", query.entityType());
    }
    if (query.entityKey() != null) {
      where.append(" and a.entityKey = :key");
      parameters.put("key", query.entityKey());
    }
    if (query.actor() != null) {
      where.append(" and a.actor = :actor");
      parameters.put("actor", query.actor());
    }
    if (query.from() != null) {
      where.append(" and a.at >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      where.append(" and a.at < :to");
      parameters.put("to", query.to());
    }
    TypedQuery<AuditEntry> lines =
        em.createQuery(
            "select a from AuditEntry a" + where + " order by a.at desc, a.id", AuditEntry.class);
    TypedQuery<Long> count =
        em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          lines.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<AuditEntry> items =
        lines.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /** Every line about this entity, oldest first. */
  public List<AuditEntry> about(String entityType, String entityKey) {
    return em.createQuery(
            "select a from AuditEntry a where a.entityType = :type and a.entityKey = :key"
                + " order by a.at, a.id",
            AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("key", entityKey)
        .getResultList();
  }

  /**
   * Erasure: the lines about this entity keep who did what and when, but the recorded values of
   * these fields, and their free text, are replaced by {@link Changes#ERASED}.
   */
  public int erase(String entityType, UUID entityId, Predicate<String> fields) {
    List<AuditEntry> about =
        em.createQuery(
                "select a from AuditEntry a where a.entityType = :type and a.entityKey = :key",
                AuditEntry.class)
            .setParameter("type", entityType)
            .setParameter("key", entityId.toString())
            .getResultList();
    about.forEach(a -> a.erase(fields));
    return about.size();
  }
}
