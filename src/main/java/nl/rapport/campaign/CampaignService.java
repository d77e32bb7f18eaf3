package nl.rapport.campaign;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.account.Addressee;
import nl.rapport.account.RelationshipType;
import nl.rapport.brand.BrandService;
import nl.rapport.campaign.CampaignGuardrails.Recipient;
import nl.rapport.campaign.CampaignGuardrails.Report;
import nl.rapport.engagement.EngagementService;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Chunks;
import nl.rapport.platform.Instants;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Versioning;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;
import nl.rapport.segment.SegmentRemoval;
import nl.rapport.segment.SegmentService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Campaigns: planning, the guardrail check on every change, approval, members and results. */
@Stateless
public class CampaignService {

  @Inject private jakarta.enterprise.event.Event<nl.rapport.platform.IntegrationEvent> integration;
  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private SegmentService segments;
  @Inject private BrandService brand;
  @Inject private AccountService accounts;
  @Inject private Audit audit;
  @Inject private EngagementService engagement;

  @Inject
  @ConfigProperty(name = "rapport.campaign.identifies-from-score")
  private int identifiesFromScore;

  @Inject
  @ConfigProperty(name = "rapport.campaign.desirable-min-share")
  private double desirableMinShare;

  @Inject
  @ConfigProperty(name = "rapport.campaign.distinctive-max-overlap")
  private double distinctiveMaxOverlap;

  private Caller marketer() {
    return currentCaller.requireAnyOf(
        "Campaigns are planned and approved by marketing and administrators.",
        Role.MARKETING,
        Role.ADMIN,
        Role.INTEGRATION);
  }

  /** A segment that is some campaign's audience stays: its deletion is refused. */
  public void refuseRemovalInUse(@Observes SegmentRemoval removal) {
    long campaigns =
        em.createQuery("select count(c) from Campaign c where c.segmentId = :id", Long.class)
            .setParameter("id", removal.segmentId())
            .getSingleResult();
    if (campaigns > 0) {
      throw RapportException.conflict("Campaigns use this segment; it stays as their audience.");
    }
  }

  public List<Campaign> list() {
    marketer();
    return em.createQuery(
            "select c from Campaign c order by c.createdAt desc, c.id", Campaign.class)
        .getResultList();
  }

  public Campaign get(UUID id) {
    marketer();
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw RapportException.notFound("Campaign " + id);
    }
    return campaign;
  }

  /**
   * The campaign, locked for this transaction: concurrent changes of one campaign (two approvals,
   * member updates) take turns, and the second sees what the first did.
   */
  private Campaign getForChange(UUID id) {
    marketer();
    // a plain row lock first: with its eager collections Hibernate would lock in a second,
    // version-checked step, and the one who waited would get a version conflict, not the news
    if (em.createNativeQuery("select id from campaign where id = ? for update")
        .setParameter(1, id)
        .getResultList()
        .isEmpty()) {
      throw RapportException.notFound("Campaign " + id);
    }
    return em.find(Campaign.class, id);
  }

  public Campaign create(CampaignInput input) {
    Caller caller = marketer();
    segments.get(input.segmentId());
    Campaign campaign = new Campaign(caller.username(), Instants.now());
    plan(campaign, input);
    em.persist(campaign);
    refreshMembers(campaign);
    audit.record(caller.username(), "CREATE", "Campaign", campaign.getId(), campaign.getName());
    return campaign;
  }

  public Campaign update(UUID id, long expectedVersion, CampaignInput input) {
    Caller caller = marketer();
    Campaign campaign = getForChange(id);
    Versioning.check(expectedVersion, campaign.getVersion());
    if (input.status() != null && input.status() != campaign.getStatus()) {
      move(campaign, input.status(), caller);
    } else {
      segments.get(input.segmentId());
      plan(campaign, input);
      refreshMembers(campaign);
      audit.record(caller.username(), "UPDATE", "Campaign", id, campaign.getName());
    }
    em.flush();
    return campaign;
  }

  /** Activates, completes or cancels: {@link Campaign#moveTo} says which moves there are. */
  public Campaign moveTo(UUID id, long expectedVersion, CampaignStatus to) {
    Caller caller = marketer();
    Campaign campaign = getForChange(id);
    Versioning.check(expectedVersion, campaign.getVersion());
    move(campaign, to, caller);
    em.flush();
    return campaign;
  }

  private void move(Campaign campaign, CampaignStatus to, Caller caller) {
    campaign.moveTo(to);
    audit.record(caller.username(), "STATUS", "Campaign", campaign.getId(), String.valueOf(to));
  }

  private static void plan(Campaign campaign, CampaignInput input) {
    campaign.plan(
        input.name().strip(),
        input.values(),
        input.framing(),
        input.goal(),
        Boolean.TRUE.equals(input.financialIncentive()),
        input.channel(),
        input.segmentId(),
        input.startsOn(),
        input.endsOn());
  }

  /** The guardrail report, evaluated now against the current audience, brand and competitors. */
  public Report check(UUID id) {
    return check(get(id));
  }

  private Report check(Campaign campaign) {
    return check(
        new CampaignGuardrails.Plan(
            campaign.getFraming(),
            campaign.getGoal(),
            campaign.isFinancialIncentive(),
            campaign.getValues()),
        campaign.getSegmentId());
  }

  /** The report for a plan that is still being edited (the live guardrail panel). */
  public Report checkPlan(CampaignGuardrails.Plan plan, UUID segmentId) {
    marketer();
    return check(plan, segmentId);
  }

  private Report check(CampaignGuardrails.Plan plan, UUID segmentId) {
    CampaignGuardrails guardrails =
        new CampaignGuardrails(
            new CampaignGuardrails.Settings(
                identifiesFromScore, desirableMinShare, distinctiveMaxOverlap));
    return guardrails.check(
        plan,
        audience(segmentId),
        brand.values().stream()
            .map(v -> new CampaignGuardrails.BrandValue(v.getName(), v.isPractised()))
            .toList(),
        brand.claims().stream()
            .map(c -> new CampaignGuardrails.CompetitorClaim(c.getCompetitor(), c.getValues()))
            .toList());
  }

  /** The contacts of the segment's accounts, with their account's type and identification. */
  List<Recipient> audience(UUID segmentId) {
    List<UUID> accountIds = segments.accountIds(segmentId);
    List<Recipient> audience = new ArrayList<>();
    for (List<UUID> chunk : Chunks.of(accountIds)) {
      Map<UUID, Integer> identification = engagement.identification(chunk);
      for (Addressee a : accounts.addressees(chunk)) {
        audience.add(
            new Recipient(
                a.contactId(),
                a.accountId(),
                a.relationshipType(),
                a.marketingConsent(),
                identification.get(a.accountId())));
      }
    }
    return audience;
  }

  /** While a draft, the member list follows the plan; from approval on it is fixed. */
  private void refreshMembers(Campaign campaign) {
    refreshMembers(campaign, check(campaign));
  }

  private void refreshMembers(Campaign campaign, Report report) {
    em.createQuery("delete from CampaignMember m where m.campaignId = :id")
        .setParameter("id", campaign.getId())
        .executeUpdate();
    var now = Instants.now();
    for (CampaignGuardrails.Decision d : report.decisions()) {
      em.persist(new CampaignMember(campaign.getId(), d, now));
    }
  }

  /**
   * Approves when every brand check passes; failed checks block unless overridden with a reason,
   * which is kept with the campaign and in the audit log.
   */
  public Campaign approve(UUID id, boolean override, String reason) {
    Caller caller = marketer();
    Campaign campaign = getForChange(id);
    campaign.checkApprovable();
    Report report = check(campaign);
    String overrideReason = null;
    if (!report.failures().isEmpty()) {
      if (!override) {
        throw new RapportException(
            422,
            "Unprocessable Content",
            "failures",
            "The campaign fails brand checks: "
                + String.join(
                    "; ",
                    report.failures().stream().map(f -> f.code() + ": " + f.message()).toList())
                + ". Approve with {\"override\": true, \"reason\": \"...\"} to go ahead anyway.");
      }
      if (reason == null || reason.isBlank()) {
        throw RapportException.invalid("reason", "an override needs a reason");
      }
      overrideReason = reason.strip();
    }
    refreshMembers(campaign, report);
    campaign.approve(caller.username(), Instants.now(), overrideReason);
    audit.record(
        caller.username(),
        overrideReason == null ? "APPROVE" : "APPROVE_OVERRIDE",
        "Campaign",
        id,
        overrideReason == null
            ? campaign.getName()
            : "override: "
                + overrideReason
                + " (failed: "
                + String.join(
                    ", ", report.failures().stream().map(CampaignGuardrails.Finding::code).toList())
                + ")");
    integration.fire(
        new nl.rapport.platform.IntegrationEvent("campaign.approved", CampaignView.of(campaign)));
    return campaign;
  }

  public Page<CampaignMember> members(UUID id, PageRequest paging) {
    get(id);
    long total =
        em.createQuery("select count(m) from CampaignMember m where m.campaignId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    List<CampaignMember> items =
        em.createQuery(
                "select m from CampaignMember m where m.campaignId = :id order by m.status, m.id",
                CampaignMember.class)
            .setParameter("id", id)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    return new Page<>(items, paging.page(), paging.size(), total);
  }

  /**
   * Moves a member on. A prospect converted by the campaign takes the campaign's framing as its
   * framing at acquisition: the norms this campaign activated are the ones it starts with.
   */
  public CampaignMember advance(UUID campaignId, UUID memberId, MemberStatus to) {
    Caller caller = marketer();
    Campaign campaign = getForChange(campaignId);
    if (!campaign.isLive()) {
      throw RapportException.conflict(
          "Members change only while the campaign is APPROVED or ACTIVE; it is "
              + campaign.getStatus()
              + ".");
    }
    CampaignMember member = em.find(CampaignMember.class, memberId);
    if (member == null || !member.getCampaignId().equals(campaignId)) {
      throw RapportException.notFound("Member " + memberId);
    }
    member.advance(to, Instants.now());
    if (to == MemberStatus.CONVERTED) {
      accounts.frameAtConversion(
          member.getAccountId(),
          campaign.getFraming(),
          "Converted by campaign \"" + campaign.getName() + "\"",
          caller.username());
    }
    audit.record(caller.username(), "MEMBER_" + to, "CampaignMember", memberId, campaign.getName());
    return member;
  }

  /** What a bulk change did: members moved on, and those left as they were (and why not). */
  public record Advanced(int moved, int left) {}

  /**
   * Moves these members on in one go (one transaction). Members that cannot take the step
   * (suppressed, or already as far) are left as they are and counted; the others move as {@link
   * #advance} moves one.
   */
  public Advanced advanceAll(UUID campaignId, Collection<UUID> memberIds, MemberStatus to) {
    int moved = 0;
    int left = 0;
    for (UUID memberId : memberIds) {
      try {
        advance(campaignId, memberId, to);
        moved++;
      } catch (RapportException e) {
        if (e.status() != 422 && e.status() != 400) {
          throw e;
        }
        left++;
      }
    }
    return new Advanced(moved, left);
  }

  /** Every member with status {@code from} moved to {@code to}: "all targeted are sent". */
  public Advanced advanceEvery(UUID campaignId, MemberStatus from, MemberStatus to) {
    get(campaignId);
    List<UUID> ids =
        em.createQuery(
                "select m.id from CampaignMember m where m.campaignId = :id and m.status = :from",
                UUID.class)
            .setParameter("id", campaignId)
            .setParameter("from", from)
            .getResultList();
    return advanceAll(campaignId, ids, to);
  }

  /** Counts per member status, and conversion by the accounts' current relationship type. */
  public record Results(
      Map<MemberStatus, Long> byStatus, Map<RelationshipType, Conversion> byRelationshipType)
      implements java.io.Serializable {}

  public record Conversion(long reached, long converted, double rate)
      implements java.io.Serializable {}

  public Results results(UUID id) {
    get(id);
    return tally(
        em.createQuery(
                "select m.accountId, m.status, count(m) from CampaignMember m"
                    + " where m.campaignId = :id group by m.accountId, m.status",
                Object[].class)
            .setParameter("id", id)
            .getResultList());
  }

  /** Rows of (account, member status, count): counts per status, conversion per current type. */
  private Results tally(List<Object[]> rows) {
    Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
    for (MemberStatus s : MemberStatus.values()) {
      byStatus.put(s, 0L);
    }
    Map<UUID, RelationshipType> types = new HashMap<>();
    List<UUID> accountIds = rows.stream().map(r -> (UUID) r[0]).distinct().toList();
    for (List<UUID> chunk : Chunks.of(accountIds)) {
      types.putAll(accounts.relationshipTypes(chunk));
    }
    Map<RelationshipType, long[]> counts = new EnumMap<>(RelationshipType.class);
    for (Object[] r : rows) {
      MemberStatus status = (MemberStatus) r[1];
      long n = (Long) r[2];
      byStatus.merge(status, n, Long::sum);
      RelationshipType type = types.get((UUID) r[0]);
      if (type != null && status != MemberStatus.SUPPRESSED && status != MemberStatus.TARGETED) {
        long[] c = counts.computeIfAbsent(type, k -> new long[2]);
        c[0] += n;
        if (status == MemberStatus.CONVERTED) {
          c[1] += n;
        }
      }
    }
    Map<RelationshipType, Conversion> byType = new LinkedHashMap<>();
    counts.forEach(
        (type, c) ->
            byType.put(
                type,
                new Conversion(
                    c[0], c[1], c[0] == 0 ? 0 : Math.round(c[1] * 1000.0 / c[0]) / 1000.0)));
    return new Results(byStatus, byType);
  }

  /** Marketing's first page: campaigns per status, the live ones, conversion across them all. */
  public record Overview(
      Map<CampaignStatus, Long> byStatus,
      List<Campaign> live,
      Map<RelationshipType, Conversion> conversion) {}

  public Overview overview(int liveShown) {
    marketer();
    Map<CampaignStatus, Long> byStatus = new EnumMap<>(CampaignStatus.class);
    for (CampaignStatus s : CampaignStatus.values()) {
      byStatus.put(s, 0L);
    }
    em.createQuery("select c.status, count(c) from Campaign c group by c.status", Object[].class)
        .getResultList()
        .forEach(r -> byStatus.put((CampaignStatus) r[0], (Long) r[1]));
    List<Campaign> live =
        em.createQuery(
                "select c from Campaign c where c.status in :live order by c.createdAt desc, c.id",
                Campaign.class)
            .setParameter("live", List.of(CampaignStatus.APPROVED, CampaignStatus.ACTIVE))
            .setMaxResults(liveShown)
            .getResultList();
    Results all =
        tally(
            em.createQuery(
                    "select m.accountId, m.status, count(m) from CampaignMember m"
                        + " group by m.accountId, m.status",
                    Object[].class)
                .getResultList());
    return new Overview(byStatus, live, all.byRelationshipType());
  }

  /** The campaigns that reached an account's contacts, for its timeline. */
  /** A contact's place in a campaign, for a GDPR export. */
  public record Membership(
      UUID campaignId,
      String campaignName,
      MemberStatus status,
      SuppressionReason suppressionReason,
      java.time.Instant updatedAt) {}

  /** The campaigns this contact was chosen or suppressed for (the caller must see the account). */
  public List<Membership> membershipsOf(UUID accountId, UUID contactId) {
    accounts.get(accountId);
    return em
        .createQuery(
            "select m.campaignId, c.name, m.status, m.suppressionReason, m.updatedAt"
                + " from CampaignMember m, Campaign c where m.campaignId = c.id"
                + " and m.contactId = :contact order by m.updatedAt",
            Object[].class)
        .setParameter("contact", contactId)
        .getResultList()
        .stream()
        .map(
            r ->
                new Membership(
                    (UUID) r[0],
                    (String) r[1],
                    (MemberStatus) r[2],
                    (SuppressionReason) r[3],
                    (java.time.Instant) r[4]))
        .toList();
  }

  public record Touch(
      UUID campaignId, String campaignName, MemberStatus status, java.time.Instant at) {}

  public List<Touch> touches(UUID accountId) {
    accounts.get(accountId);
    return em
        .createQuery(
            "select m.campaignId, c.name, m.status, m.updatedAt from CampaignMember m, Campaign c"
                + " where m.campaignId = c.id and m.accountId = :a and m.status in :reached order by m.updatedAt desc",
            Object[].class)
        .setParameter("a", accountId)
        .setParameter(
            "reached", List.of(MemberStatus.SENT, MemberStatus.RESPONDED, MemberStatus.CONVERTED))
        .getResultList()
        .stream()
        .map(
            r ->
                new Touch(
                    (UUID) r[0], (String) r[1], (MemberStatus) r[2], (java.time.Instant) r[3]))
        .toList();
  }
}
