package nl.rapport.engagement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.account.AccountTraits;
import nl.rapport.engagement.engine.EngagementEngine;
import nl.rapport.engagement.engine.EngagementFacts;
import nl.rapport.engagement.engine.EngagementFacts.ComplaintFact;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.engagement.engine.EngagementFacts.Signal;
import nl.rapport.engagement.engine.Evidence;
import nl.rapport.engagement.engine.MomentTally;
import nl.rapport.engagement.engine.SignalKind;
import nl.rapport.interaction.ComplaintOutcome;
import nl.rapport.interaction.InteractionService;
import nl.rapport.interaction.LoggedMoment;
import nl.rapport.interaction.MomentLogged;
import nl.rapport.platform.AccountChanged;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Chunks;
import nl.rapport.platform.IdMatch;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.security.CurrentCaller;

/** Keeps engagement profiles current and answers for them. */
@Stateless
public class EngagementService {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private InteractionService interactions;
  @Inject private CurrentCaller currentCaller;
  @Inject private EngagementConfig config;
  @Inject private Audit audit;

  /** Recomputes in the same transaction as the change, so a profile is never behind its facts. */
  public void onChange(@Observes AccountChanged change) {
    refresh(List.of(change.accountId()), null);
  }

  /**
   * An import batch, once committed: the profiles of all its accounts together, on another thread
   * in a transaction of its own (the import waits for it before it answers).
   */
  public void onChanges(
      @jakarta.enterprise.event.ObservesAsync nl.rapport.platform.AccountsChanged change) {
    recompute(change.accountIds());
  }

  /** A new moment is added to the account's tally; its history is not read again. */
  public void onLogged(@Observes MomentLogged logged) {
    refresh(List.of(logged.moment().accountId()), logged);
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
    EngagementDetail detail = em.find(EngagementDetail.class, profile.getAccountId());
    return detail == null ? List.of() : EvidenceJson.read(detail.getEvidence());
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

  /** Brand identification per account, for those that have a score. */
  public Map<UUID, Integer> identification(Collection<UUID> accountIds) {
    Map<UUID, Integer> scores = new HashMap<>();
    if (accountIds.isEmpty()) {
      return scores;
    }
    for (Object[] r :
        em.createQuery(
                "select p.accountId, p.identification from EngagementProfile p"
                    + " where p.accountId in :ids and p.identification is not null",
                Object[].class)
            .setParameter("ids", accountIds)
            .getResultList()) {
      scores.put((UUID) r[0], (Integer) r[1]);
    }
    return scores;
  }

  /** One chunk of a full recompute, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int recomputeChunk(List<UUID> accountIds) {
    recompute(accountIds);
    return accountIds.size();
  }

  /** Recomputes and stores the profiles of these accounts from their facts. */
  public void recompute(Collection<UUID> accountIds) {
    if (accountIds.size() > Chunks.SIZE) {
      Chunks.of(accountIds).forEach(this::recompute);
      return;
    }
    if (!accountIds.isEmpty()) {
      refresh(accountIds, null);
    }
  }

  /**
   * Scores these accounts and stores their profiles. Their moments come from the stored tallies; a
   * tally that is missing, built on another basis, or about to lose a corrected version is rebuilt
   * from the history. {@code logged}, if any, is a moment of one of them that its tally does not
   * hold yet.
   */
  private void refresh(Collection<UUID> accountIds, MomentLogged logged) {
    Instant now = Instants.now();
    EngagementEngine engine = config.engine();
    double halfLife = engine.settings().halfLifeDays();
    Map<UUID, EngagementProfile> existing = new HashMap<>();
    // lock the profiles first: a concurrent change of the same account waits here, then reads
    // the tally and facts that include the other's, so the last profile written is never behind
    // its facts, and a tally is only ever changed by the holder of this lock
    em.createQuery(
            "select p from EngagementProfile p where p.accountId " + IdMatch.in(accountIds),
            EngagementProfile.class)
        .setParameter("ids", IdMatch.value(accountIds))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(p -> existing.put(p.getAccountId(), p));
    Map<UUID, EngagementDetail> details = new HashMap<>();
    em.createQuery(
            "select d from EngagementDetail d where d.accountId " + IdMatch.in(accountIds),
            EngagementDetail.class)
        .setParameter("ids", IdMatch.value(accountIds))
        .getResultList()
        .forEach(d -> details.put(d.getAccountId(), d));

    Map<UUID, MomentTally> tallies = new HashMap<>();
    Set<UUID> changed = new HashSet<>();
    List<UUID> rebuild = new ArrayList<>();
    for (UUID id : accountIds) {
      boolean logs = logged != null && logged.moment().accountId().equals(id);
      Optional<MomentTally> tally =
          logs && logged.correction()
              ? Optional.empty()
              : Optional.ofNullable(details.get(id)).flatMap(d -> d.tally(halfLife));
      if (tally.isEmpty()) {
        rebuild.add(id); // read from the history below, the new moment included
      } else if (logs) {
        tallies.put(id, tally.get().plus(moment(logged.moment()), now));
        changed.add(id);
      } else {
        tallies.put(id, tally.get());
      }
    }
    if (!rebuild.isEmpty()) {
      Map<UUID, List<Moment>> history = new HashMap<>();
      for (LoggedMoment m : interactions.momentsOf(rebuild)) {
        history.computeIfAbsent(m.accountId(), k -> new ArrayList<>()).add(moment(m));
      }
      for (UUID id : rebuild) {
        tallies.put(id, MomentTally.of(history.getOrDefault(id, List.of()), halfLife, now));
        changed.add(id);
      }
    }

    for (EngagementFacts facts : facts(accountIds, tallies)) {
      EngagementEngine.Scores scores = engine.score(facts, now);
      UUID id = facts.accountId();
      EngagementProfile profile = existing.get(id);
      if (profile == null) {
        profile = new EngagementProfile(id);
        profile.update(scores, now);
        em.persist(profile);
      } else {
        profile.update(scores, now);
      }
      EngagementDetail detail = details.get(id);
      boolean created = detail == null;
      if (created) {
        detail = new EngagementDetail(id);
      }
      detail.explain(EvidenceJson.write(scores.evidence()));
      if (changed.contains(id)) {
        detail.tally(tallies.get(id));
      }
      if (created) {
        em.persist(detail);
      }
    }
  }

  private static Moment moment(LoggedMoment m) {
    return new Moment(
        m.interactionId(),
        m.at(),
        m.channel(),
        m.purpose(),
        m.effortScore(),
        m.npsScore(),
        m.csatScore());
  }

  /** What the engine needs besides the moments: complaints, signals and traits, per owner. */
  private List<EngagementFacts> facts(Collection<UUID> ids, Map<UUID, MomentTally> tallies) {
    Map<UUID, List<ComplaintFact>> complaints = new HashMap<>();
    for (ComplaintOutcome c : interactions.complaintsOf(ids)) {
      complaints
          .computeIfAbsent(c.accountId(), k -> new ArrayList<>())
          .add(new ComplaintFact(c.interactionId(), c.openedAt(), c.resolvedAt(), c.quality()));
    }
    Map<UUID, List<Signal>> signals = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select s.accountId, s.kind, s.value, s.recordedAt from EngagementSignal s"
                    + " where s.accountId "
                    + IdMatch.in(ids),
                Object[].class)
            .setParameter("ids", IdMatch.value(ids))
            .getResultList()) {
      signals
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(new Signal((SignalKind) r[1], (Integer) r[2], (Instant) r[3]));
    }
    List<EngagementFacts> result = new ArrayList<>();
    for (AccountTraits a : accounts.traits(ids)) {
      result.add(
          new EngagementFacts(
              a.id(),
              a.relationshipType(),
              a.createdAt(),
              a.communityMember(),
              a.socialActivator(),
              tallies.get(a.id()),
              complaints.getOrDefault(a.id(), List.of()),
              signals.getOrDefault(a.id(), List.of())));
    }
    return result;
  }
}
