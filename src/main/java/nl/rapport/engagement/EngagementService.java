package nl.rapport.engagement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.engagement.EngagementFacts.ComplaintFact;
import nl.rapport.engagement.EngagementFacts.Moment;
import nl.rapport.engagement.EngagementFacts.Signal;
import nl.rapport.interaction.Channel;
import nl.rapport.interaction.Purpose;
import nl.rapport.interaction.ServiceRecovery;
import nl.rapport.platform.AccountChanged;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.relationship.RelationshipType;
import nl.rapport.security.CurrentCaller;

/** Keeps engagement profiles current and answers for them. */
@Stateless
public class EngagementService {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private CurrentCaller currentCaller;
  @Inject private EngagementConfig config;
  @Inject private Audit audit;

  /** Recomputes in the same transaction as the change, so a profile is never behind its facts. */
  public void onChange(@Observes AccountChanged change) {
    recompute(List.of(change.accountId()));
  }

  /** The caller's view of an account's profile; computed on the spot if it was never stored. */
  public EngagementProfile profile(UUID accountId) {
    accounts.get(accountId);
    EngagementProfile profile = em.find(EngagementProfile.class, accountId);
    if (profile == null) {
      recompute(List.of(accountId));
      profile = em.find(EngagementProfile.class, accountId);
    }
    return profile;
  }

  public List<Evidence> evidence(EngagementProfile profile) {
    return EvidenceJson.read(profile.getEvidence());
  }

  public List<EngagementSignal> signals(UUID accountId) {
    accounts.get(accountId);
    return em.createQuery(
            "select s from EngagementSignal s where s.accountId = :a order by s.recordedAt desc",
            EngagementSignal.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  public EngagementSignal record(UUID accountId, SignalKind kind, Integer value, String note) {
    accounts.getForChange(accountId);
    if (kind == SignalKind.BRAND_FIT && (value == null || value < 1 || value > 5)) {
      throw RapportException.invalid("score", "score must be 1 to 5");
    }
    String by = currentCaller.get().username();
    EngagementSignal signal =
        new EngagementSignal(accountId, kind, value, note, by, Instants.now());
    em.persist(signal);
    audit.record(
        by,
        "RECORD",
        "EngagementSignal",
        signal.getId(),
        kind + (value == null ? "" : " " + value));
    recompute(List.of(accountId));
    return signal;
  }

  /** How the caller's own portfolio spreads over levels and churn buckets (null key: unknown). */
  public record Portfolio(Map<EngagementLevel, Long> levels, Map<ChurnRiskBucket, Long> churn) {}

  public Portfolio portfolio() {
    List<UUID> ids = accounts.portfolio().stream().map(nl.rapport.account.Account::getId).toList();
    Map<EngagementLevel, Long> levels = new java.util.LinkedHashMap<>();
    Map<ChurnRiskBucket, Long> churn = new java.util.EnumMap<>(ChurnRiskBucket.class);
    for (ChurnRiskBucket b : ChurnRiskBucket.values()) {
      churn.put(b, 0L);
    }
    levels.put(null, 0L);
    for (EngagementLevel l : EngagementLevel.values()) {
      levels.put(l, 0L);
    }
    if (!ids.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "select p.level, p.churnBucket, count(p) from EngagementProfile p where p.accountId in :ids"
                      + " group by p.level, p.churnBucket",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        long n = (Long) r[2];
        levels.merge((EngagementLevel) r[0], n, Long::sum);
        churn.merge((ChurnRiskBucket) r[1], n, Long::sum);
      }
    }
    return new Portfolio(levels, churn);
  }

  /** One chunk of a full recompute, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int recomputeChunk(List<UUID> accountIds) {
    recompute(accountIds);
    return accountIds.size();
  }

  /** Account ids in id order after the given one (keyset paging for batch work). */
  public List<UUID> accountIdsAfter(UUID after, int limit) {
    if (after == null) {
      return em.createQuery("select a.id from Account a order by a.id", UUID.class)
          .setMaxResults(limit)
          .getResultList();
    }
    return em.createQuery(
            "select a.id from Account a where a.id > :after order by a.id", UUID.class)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  public long accountCount() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  /** Recomputes and stores the profiles of these accounts from their facts. */
  public void recompute(Collection<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return;
    }
    Instant now = Instants.now();
    EngagementEngine engine = config.engine();
    Map<UUID, EngagementProfile> existing = new HashMap<>();
    em.createQuery(
            "select p from EngagementProfile p where p.accountId in :ids", EngagementProfile.class)
        .setParameter("ids", accountIds)
        .getResultList()
        .forEach(p -> existing.put(p.getAccountId(), p));
    for (EngagementFacts facts : facts(accountIds)) {
      EngagementEngine.Scores scores = engine.score(facts, now);
      EngagementProfile profile = existing.get(facts.accountId());
      if (profile == null) {
        profile = new EngagementProfile(facts.accountId());
        profile.update(scores, EvidenceJson.write(scores.evidence()), now);
        em.persist(profile);
      } else {
        profile.update(scores, EvidenceJson.write(scores.evidence()), now);
      }
    }
  }

  /** Loads what the engine needs for many accounts with four queries. */
  List<EngagementFacts> facts(Collection<UUID> ids) {
    Map<UUID, List<Moment>> moments = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select i.accountId, i.id, i.occurredAt, i.channel, i.purpose, i.effortScore, i.npsScore, i.csatScore"
                    + " from Interaction i where i.accountId in :ids"
                    + " and not exists (select n.id from Interaction n where n.supersedes = i.id)",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      moments
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(
              new Moment(
                  (UUID) r[1],
                  (Instant) r[2],
                  (Channel) r[3],
                  (Purpose) r[4],
                  (Integer) r[5],
                  (Integer) r[6],
                  (Integer) r[7]));
    }
    Map<UUID, List<ComplaintFact>> complaints = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.accountId, c.interactionId, c.openedAt, c.resolvedAt, c.recoveryQuality"
                    + " from Complaint c where c.accountId in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      complaints
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(
              new ComplaintFact(
                  (UUID) r[1], (Instant) r[2], (Instant) r[3], (ServiceRecovery.Quality) r[4]));
    }
    Map<UUID, List<Signal>> signals = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select s.accountId, s.kind, s.value, s.recordedAt from EngagementSignal s where s.accountId in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      signals
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(new Signal((SignalKind) r[1], (Integer) r[2], (Instant) r[3]));
    }
    List<EngagementFacts> result = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select a.id, a.relationshipType, a.createdAt, a.communityMember, a.socialActivator"
                    + " from Account a where a.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      UUID id = (UUID) r[0];
      result.add(
          new EngagementFacts(
              id,
              (RelationshipType) r[1],
              (Instant) r[2],
              (Boolean) r[3],
              (Boolean) r[4],
              moments.getOrDefault(id, List.of()),
              complaints.getOrDefault(id, List.of()),
              signals.getOrDefault(id, List.of())));
    }
    return result;
  }
}
