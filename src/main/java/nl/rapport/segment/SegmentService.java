package nl.rapport.segment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Versioning;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;

/** Saved segments, their members and previews. Marketing and admin only. */
@Stateless
public class SegmentService {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;

  private Caller marketer() {
    return currentCaller.requireAnyOf(
        "Segments are for marketing and administrators.", Role.MARKETING, Role.ADMIN);
  }

  static String write(SegmentCriteria criteria) {
    return JSONB.toJson(criteria);
  }

  public static SegmentCriteria criteria(Segment segment) {
    return JSONB.fromJson(segment.getCriteriaJson(), SegmentCriteria.class);
  }

  private static void check(SegmentCriteria criteria) {
    String field = criteria.contradiction();
    if (field != null) {
      throw RapportException.invalid(
          "criteria." + field, "these criteria can never match: check " + field);
    }
  }

  public List<Segment> list() {
    marketer();
    return em.createQuery("select s from Segment s order by lower(s.name), s.id", Segment.class)
        .getResultList();
  }

  public Optional<Segment> find(UUID id) {
    marketer();
    return Optional.ofNullable(em.find(Segment.class, id));
  }

  public Segment get(UUID id) {
    return find(id).orElseThrow(() -> RapportException.notFound("Segment " + id));
  }

  public Segment create(SegmentInput input) {
    Caller caller = marketer();
    check(input.criteria());
    Segment segment =
        new Segment(
            input.name().strip(),
            input.description(),
            write(input.criteria()),
            caller.username(),
            Instants.now());
    em.persist(segment);
    audit.record(caller.username(), "CREATE", "Segment", segment.getId(), segment.getName());
    return segment;
  }

  public Segment update(UUID id, long expectedVersion, SegmentInput input) {
    Caller caller = marketer();
    Segment segment = get(id);
    Versioning.check(expectedVersion, segment.getVersion());
    if (segment.isFrozen() && !segment.getCriteriaJson().equals(write(input.criteria()))) {
      throw RapportException.conflict(
          "A frozen segment keeps its members; copy it to change the criteria.");
    }
    check(input.criteria());
    segment.describe(input.name().strip(), input.description(), write(input.criteria()));
    em.flush();
    audit.record(caller.username(), "UPDATE", "Segment", id, segment.getName());
    return segment;
  }

  public void delete(UUID id) {
    Caller caller = marketer();
    Segment segment = get(id);
    long campaigns =
        em.createQuery("select count(c) from Campaign c where c.segmentId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (campaigns > 0) {
      throw RapportException.conflict("Campaigns use this segment; it stays as their audience.");
    }
    em.createQuery("delete from SegmentMember m where m.segmentId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.remove(segment);
    audit.record(caller.username(), "DELETE", "Segment", id, segment.getName());
  }

  /** Freezes the current members into a static snapshot. */
  public Segment freeze(UUID id) {
    Caller caller = marketer();
    Segment segment = get(id);
    if (segment.isFrozen()) {
      return segment;
    }
    List<UUID> ids = accountIds(criteria(segment));
    for (UUID accountId : ids) {
      em.persist(new SegmentMember(id, accountId));
    }
    segment.freeze(Instants.now());
    audit.record(caller.username(), "FREEZE", "Segment", id, ids.size() + " accounts");
    return segment;
  }

  public Page<Account> members(UUID id, PageRequest paging) {
    Segment segment = get(id);
    if (segment.isFrozen()) {
      long total =
          em.createQuery("select count(m) from SegmentMember m where m.segmentId = :id", Long.class)
              .setParameter("id", id)
              .getSingleResult();
      List<Account> items =
          em.createQuery(
                  "select a from Account a where a.id in (select m.accountId from SegmentMember m where m.segmentId = :id)"
                      + " order by a.name, a.id",
                  Account.class)
              .setParameter("id", id)
              .setFirstResult(paging.offset())
              .setMaxResults(paging.size())
              .getResultList();
      return new Page<>(items, paging.page(), paging.size(), total);
    }
    return preview(criteria(segment), paging);
  }

  /** The accounts that match, evaluated now. */
  public Page<Account> preview(SegmentCriteria criteria, PageRequest paging) {
    marketer();
    check(criteria);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Account> countRoot = count.from(Account.class);
    count.select(cb.count(countRoot)).where(SegmentFilter.where(cb, count, countRoot, criteria));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<Account> select = cb.createQuery(Account.class);
    Root<Account> root = select.from(Account.class);
    select
        .select(root)
        .where(SegmentFilter.where(cb, select, root, criteria))
        .orderBy(cb.asc(root.get("name")), cb.asc(root.get("id")));
    List<Account> items =
        em.createQuery(select)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    return new Page<>(items, paging.page(), paging.size(), total);
  }

  /** All member account ids of a segment (snapshot or evaluated now). */
  public List<UUID> accountIds(UUID segmentId) {
    Segment segment = get(segmentId);
    if (segment.isFrozen()) {
      return em.createQuery(
              "select m.accountId from SegmentMember m where m.segmentId = :id", UUID.class)
          .setParameter("id", segmentId)
          .getResultList();
    }
    return accountIds(criteria(segment));
  }

  private List<UUID> accountIds(SegmentCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<UUID> select = cb.createQuery(UUID.class);
    Root<Account> root = select.from(Account.class);
    select.select(root.get("id")).where(SegmentFilter.where(cb, select, root, criteria));
    return em.createQuery(select).getResultList();
  }
}
