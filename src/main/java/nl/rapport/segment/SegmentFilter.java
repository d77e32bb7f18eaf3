package nl.rapport.segment;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountCondition;
import nl.rapport.engagement.EngagementProfile;
import nl.rapport.platform.CrossFeatureReadModel;

/**
 * Segment criteria as JPA Criteria predicates: every value is a bound parameter, never concatenated
 * SQL. Engagement criteria go through one subquery on the indexed profile table.
 */
@CrossFeatureReadModel(
    "segment criteria over accounts and their engagement profiles, as predicates that the"
        + " account search evaluates in one query")
final class SegmentFilter {

  private SegmentFilter() {}

  /** The accounts that match the criteria (archived ones are left out by the account search). */
  static AccountCondition matching(SegmentCriteria criteria) {
    return (cb, query, account) -> cb.and(where(cb, query, account, criteria));
  }

  /** The accounts frozen into a segment's snapshot. */
  static AccountCondition frozenIn(UUID segmentId) {
    return (cb, query, account) -> {
      Subquery<Integer> members = query.subquery(Integer.class);
      Root<SegmentMember> m = members.from(SegmentMember.class);
      members
          .select(cb.literal(1))
          .where(
              cb.equal(m.get("segmentId"), segmentId),
              cb.equal(m.get("accountId"), account.get("id")));
      return cb.exists(members);
    };
  }

  private static Predicate[] where(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<Account> a, SegmentCriteria c) {
    List<Predicate> where = new ArrayList<>();
    if (!c.relationshipTypes().isEmpty()) {
      where.add(a.get("relationshipType").in(c.relationshipTypes()));
    }
    if (!c.industries().isEmpty()) {
      where.add(cb.lower(a.get("industry")).in(lower(c.industries())));
    }
    if (!c.countries().isEmpty()) {
      where.add(
          a.get("country")
              .in(c.countries().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }
    if (!c.owners().isEmpty()) {
      where.add(a.get("owner").in(c.owners()));
    }
    if (c.communityMember() != null) {
      where.add(cb.equal(a.get("communityMember"), c.communityMember()));
    }
    if (c.socialActivator() != null) {
      where.add(cb.equal(a.get("socialActivator"), c.socialActivator()));
    }
    if (c.lastPersonalContactBefore() != null) {
      // never contacted in person counts as "before any date"
      where.add(
          cb.or(
              cb.isNull(a.get("lastPersonalContactAt")),
              cb.lessThan(
                  a.<Instant>get("lastPersonalContactAt"),
                  startOf(c.lastPersonalContactBefore()))));
    }
    if (c.lastPersonalContactAfter() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              a.<Instant>get("lastPersonalContactAt"),
              startOf(c.lastPersonalContactAfter().plusDays(1))));
    }
    boolean engagement =
        !c.engagementLevels().isEmpty()
            || !c.churnRiskBuckets().isEmpty()
            || c.minEngagementScore() != null
            || c.maxEngagementScore() != null;
    if (engagement) {
      // a correlated EXISTS: PostgreSQL plans it as a semi-join, and H2 evaluates it far faster
      // than IN (subquery), which it materialises (see docs/measurements.md)
      Subquery<Integer> profiles = query.subquery(Integer.class);
      Root<EngagementProfile> p = profiles.from(EngagementProfile.class);
      List<Predicate> on = new ArrayList<>();
      on.add(cb.equal(p.get("accountId"), a.get("id")));
      if (!c.engagementLevels().isEmpty()) {
        on.add(p.get("level").in(c.engagementLevels()));
      }
      if (!c.churnRiskBuckets().isEmpty()) {
        on.add(p.get("churnBucket").in(c.churnRiskBuckets()));
      }
      if (c.minEngagementScore() != null) {
        on.add(cb.greaterThanOrEqualTo(p.get("engagement"), c.minEngagementScore()));
      }
      if (c.maxEngagementScore() != null) {
        on.add(cb.lessThanOrEqualTo(p.get("engagement"), c.maxEngagementScore()));
      }
      profiles.select(cb.literal(1)).where(on.toArray(Predicate[]::new));
      where.add(cb.exists(profiles));
    }
    return where.toArray(Predicate[]::new);
  }

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** Dates in criteria are whole UTC days. */
  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
