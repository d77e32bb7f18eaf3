package nl.rapport.segment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountQuery;
import nl.rapport.account.AccountService;
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
  @Inject private AccountService accounts;
  @Inject private Event<SegmentRemoval> removal;

  private Caller marketer() {
    return currentCaller.requireAnyOf(
        "Segments are for marketing and administrators.",
        Role.MARKETING,
        Role.ADMIN,
        Role.INTEGRATION);
  }

  static String write(SegmentCriteria criteria) {
    return JSONB.toJson(criteria);
  }

  public static SegmentCriteria criteria(Segment segment) {
    return JSONB.fromJson(segment.getCriteriaJson(), SegmentCriteria.class);
  }

  /** What the criteria column holds (segment.criteria varchar(4000)). */
  static final int MAX_CRITERIA_LENGTH = 4000;

  private static void check(SegmentCriteria criteria) {
    if (write(criteria).length() > MAX_CRITERIA_LENGTH) {
      throw RapportException.invalid(
          "criteria", "the criteria are too long to keep (" + MAX_CRITERIA_LENGTH + " characters)");
    }
    criteria
        .contradiction()
        .ifPresent(
            field -> {
              throw RapportException.invalid(
                  "criteria." + field, "these criteria can never match: check " + field);
            });
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
    removal.fire(new SegmentRemoval(id));
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
      // a snapshot keeps its members, archived ones too
      return accounts.search(
          AccountQuery.all().includingArchived().where(SegmentFilter.frozenIn(id)), paging);
    }
    return preview(criteria(segment), paging);
  }

  /** The accounts that match, evaluated now. */
  public Page<Account> preview(SegmentCriteria criteria, PageRequest paging) {
    marketer();
    check(criteria);
    return accounts.search(AccountQuery.all().where(SegmentFilter.matching(criteria)), paging);
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
    return accounts.ids(AccountQuery.all().where(SegmentFilter.matching(criteria)));
  }
}
