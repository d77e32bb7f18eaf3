package nl.rapport.interaction;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.account.Channel;
import nl.rapport.platform.AccountChanged;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Feed;
import nl.rapport.platform.IdMatch;
import nl.rapport.platform.Instants;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.SyncPosition;
import nl.rapport.platform.SyncWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The contact log: append-only interactions, and the complaints they open. */
@Stateless
public class InteractionService {

  /** A logged interaction, and whether it was a replay of an earlier request with the same key. */
  public record Logged(Interaction interaction, boolean replayed) {}

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private Audit audit;
  @Inject private Event<AccountChanged> changed;
  @Inject private Event<MomentLogged> logged;
  @Inject private Event<nl.rapport.platform.IntegrationEvent> integration;
  @Inject private nl.rapport.security.CurrentCaller currentCaller;
  @Inject private SyncWindow syncWindow;

  @Inject
  @ConfigProperty(name = "rapport.interaction.max-clock-skew-minutes")
  private long maxClockSkewMinutes;

  @Inject
  @ConfigProperty(name = "rapport.complaint.good-recovery-hours")
  private long goodRecoveryHours;

  @Inject
  @ConfigProperty(name = "rapport.complaint.poor-recovery-days")
  private long poorRecoveryDays;

  /** Newest first, across all channels; corrected interactions show only in their latest form. */
  public Page<Interaction> timeline(UUID accountId, PageRequest paging) {
    accounts.get(accountId);
    long total =
        em.createQuery(
                "select count(i) from Interaction i where i.accountId = :account"
                    + " and not exists (select n.id from Interaction n where n.supersedes = i.id)",
                Long.class)
            .setParameter("account", accountId)
            .getSingleResult();
    List<Interaction> items =
        em.createQuery(
                "select i from Interaction i where i.accountId = :account"
                    + " and not exists (select n.id from Interaction n where n.supersedes = i.id)"
                    + " order by i.occurredAt desc, i.recordedAt desc, i.id",
                Interaction.class)
            .setParameter("account", accountId)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    return new Page<>(items, paging.page(), paging.size(), total);
  }

  /**
   * Delta sync over every account the caller may see: contact moments recorded or changed (a
   * redaction) after this position, oldest change first, corrected ones too (the correction names
   * what it supersedes). Each comes with whether the caller reads its private note.
   */
  public Feed<Readable> changes(SyncPosition from, int size) {
    nl.rapport.security.Caller caller = currentCaller.get();
    Set<UUID> portfolio = accounts.portfolioIds();
    boolean all = caller.readsAllAccounts();
    if (!all && portfolio.isEmpty()) {
      return Feed.of(List.of(), size, from, Readable::updatedAt, Readable::id);
    }
    TypedQuery<Interaction> query =
        em.createQuery(
            "select i from Interaction i where "
                + from.where("i")
                + (all ? "" : " and i.accountId " + IdMatch.in(portfolio))
                + SyncPosition.order("i"),
            Interaction.class);
    if (!all) {
      query.setParameter("ids", IdMatch.value(portfolio));
    }
    boolean admin = caller.has(nl.rapport.security.Role.ADMIN);
    List<Readable> rows =
        from.bind(query, syncWindow.until()).setMaxResults(size + 1).getResultList().stream()
            .map(i -> new Readable(i, admin || portfolio.contains(i.getAccountId())))
            .toList();
    return Feed.of(rows, size, from, Readable::updatedAt, Readable::id);
  }

  /** An interaction, and whether its reader may read it if it is a private note. */
  public record Readable(Interaction interaction, boolean readsPrivateNote) {
    Instant updatedAt() {
      return interaction.getUpdatedAt();
    }

    UUID id() {
      return interaction.getId();
    }
  }

  /** One interaction of this account (404 for another account's, or an account not seen). */
  public Interaction get(UUID accountId, UUID id) {
    accounts.get(accountId);
    return Optional.ofNullable(em.find(Interaction.class, id))
        .filter(i -> i.getAccountId().equals(accountId))
        .orElseThrow(() -> RapportException.notFound("Interaction " + id));
  }

  /**
   * Logs a contact moment. With an idempotency key, a repeated request returns the first result
   * instead of logging twice; two concurrent ones collide on the key's unique constraint.
   */
  public Logged log(UUID accountId, InteractionInput input, String idempotencyKey) {
    accounts.getForChange(accountId);
    String caller = currentCaller.get().username();
    String fingerprint = fingerprint(accountId, input);
    if (idempotencyKey != null) {
      Optional<Interaction> earlier = replay(idempotencyKey, fingerprint);
      if (earlier.isPresent()) {
        return new Logged(earlier.get(), true);
      }
    }
    Instant now = Instants.now();
    Instant occurredAt = input.occurredAt() == null ? now : input.occurredAt();
    if (occurredAt.isAfter(now.plus(Duration.ofMinutes(maxClockSkewMinutes)))) {
      throw RapportException.invalid("occurredAt", "occurredAt cannot be in the future");
    }
    if (input.contactId() != null) {
      accounts
          .findContact(input.contactId())
          .filter(c -> c.getAccountId().equals(accountId))
          .orElseThrow(
              () ->
                  RapportException.invalid(
                      "contactId", "contactId is not a contact of this account"));
    }
    boolean correctsComplaint = false;
    if (input.supersedes() != null) {
      Interaction old = em.find(Interaction.class, input.supersedes());
      if (old == null || !old.getAccountId().equals(accountId)) {
        throw RapportException.invalid(
            "supersedes", "supersedes is not an interaction of this account");
      }
      if (isSuperseded(old.getId())) {
        throw RapportException.conflict(
            "That interaction was already corrected; correct the latest version.");
      }
      correctsComplaint = old.getPurpose() == Purpose.COMPLAINT;
    }
    Interaction interaction =
        new Interaction(
            accountId,
            input.contactId(),
            caller,
            occurredAt,
            now,
            input.channel(),
            input.purpose(),
            input.effortScore(),
            input.npsScore(),
            input.csatScore(),
            blankToNull(input.summary()),
            input.followUpDate(),
            input.supersedes());
    if (input.isPrivate()) {
      interaction.keepPrivate();
    }
    if (idempotencyKey != null) {
      // first, so that a concurrent twin blocks or fails here before anything else is written
      em.persist(
          new IdempotencyRecord(caller, idempotencyKey, fingerprint, interaction.getId(), now));
      em.flush();
    }
    em.persist(interaction);
    if (interaction.getFollowUpDate() != null) {
      em.persist(FollowUp.of(interaction));
    }
    if (interaction.getPurpose() == Purpose.COMPLAINT && !correctsComplaint) {
      em.persist(Complaint.openedBy(interaction));
    }
    if (interaction.isPersonal()) {
      accounts.recordPersonalContact(accountId, occurredAt);
    }
    em.flush();
    audit.record(
        caller,
        "LOG",
        "Interaction",
        interaction.getId(),
        interaction.getChannel() + " " + interaction.getPurpose());
    logged.fire(
        new MomentLogged(
            new LoggedMoment(
                accountId,
                interaction.getId(),
                interaction.getOccurredAt(),
                interaction.getChannel(),
                interaction.getPurpose(),
                interaction.getEffortScore(),
                interaction.getNpsScore(),
                interaction.getCsatScore()),
            interaction.getSupersedes() != null));
    // systems never read private notes: the event carries what a system would read
    integration.fire(
        new nl.rapport.platform.IntegrationEvent(
            "interaction.logged", InteractionView.of(interaction, false)));
    return new Logged(interaction, false);
  }

  /**
   * The interaction an earlier request with this key created, if any. The same key with another
   * request body is refused: a key names one request.
   */
  public Optional<Interaction> replay(String idempotencyKey, String fingerprint) {
    String caller = currentCaller.get().username();
    List<IdempotencyRecord> found =
        em.createQuery(
                "select r from IdempotencyRecord r where r.caller = :caller and r.key = :key",
                IdempotencyRecord.class)
            .setParameter("caller", caller)
            .setParameter("key", idempotencyKey)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord record = found.get(0);
    if (!record.getFingerprint().equals(fingerprint)) {
      throw RapportException.invalid(
          "Idempotency-Key", "this Idempotency-Key was already used for a different request");
    }
    return Optional.of(em.find(Interaction.class, record.getInteractionId()));
  }

  /** Whether the caller reads this account's private notes (it must see the account). */
  public boolean readsPrivateNotes(UUID accountId) {
    nl.rapport.account.Account account = accounts.get(accountId);
    return currentCaller.get().readsPrivateNotes(account.getOwner(), account.getTeam());
  }

  /** The same account and body give the same fingerprint; any difference gives another. */
  public static String fingerprint(UUID accountId, InteractionInput input) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((accountId + "|" + input).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean isSuperseded(UUID id) {
    return em.createQuery("select count(i) from Interaction i where i.supersedes = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult()
        > 0;
  }

  /** The contact person of the most recent interaction that named one: the dialog's default. */
  public Optional<UUID> lastContactPerson(UUID accountId) {
    return em.createQuery(
            "select i.contactId from Interaction i where i.accountId = :account"
                + " and i.contactId is not null order by i.occurredAt desc",
            UUID.class)
        .setParameter("account", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The moment this one corrects, and what that corrected, back to the first version. */
  public Interaction firstVersion(Interaction latest) {
    Interaction first = latest;
    for (int hops = 0; first.getSupersedes() != null && hops < 100; hops++) {
      Interaction earlier = em.find(Interaction.class, first.getSupersedes());
      if (earlier == null) {
        break;
      }
      first = earlier;
    }
    return first;
  }

  /** Every interaction of the account, corrected versions too, oldest first: for an export. */
  public List<Interaction> history(UUID accountId) {
    accounts.get(accountId);
    return em.createQuery(
            "select i from Interaction i where i.accountId = :account"
                + " order by i.occurredAt, i.recordedAt, i.id",
            Interaction.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * Erasure: this redaction applied to every summary of the account's interactions and complaint
   * resolutions, corrected versions too; how many texts it changed.
   */
  public int redact(UUID accountId, java.util.function.UnaryOperator<String> redaction) {
    int changed = 0;
    // no access check here: the privacy feature decided (a person with the right, or retention)
    List<Interaction> all =
        em.createQuery(
                "select i from Interaction i where i.accountId = :account", Interaction.class)
            .setParameter("account", accountId)
            .getResultList();
    for (Interaction i : all) {
      String before = i.getSummary();
      i.redactSummary(redaction);
      changed += java.util.Objects.equals(before, i.getSummary()) ? 0 : 1;
    }
    List<Complaint> complaints =
        em.createQuery("select c from Complaint c where c.accountId = :account", Complaint.class)
            .setParameter("account", accountId)
            .getResultList();
    for (Complaint c : complaints) {
      String before = c.getResolutionSummary();
      c.redactSummary(redaction);
      changed += java.util.Objects.equals(before, c.getResolutionSummary()) ? 0 : 1;
    }
    return changed;
  }

  // ---- complaints

  public List<Complaint> complaints(UUID accountId) {
    accounts.get(accountId);
    return em.createQuery(
            "select c from Complaint c where c.accountId = :account order by c.openedAt desc",
            Complaint.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * The complaints on the caller's accounts (every account for those who read all): the open ones,
   * oldest first, then those resolved in the last 30 days, latest first.
   */
  public List<Complaint> complaintsForCaller() {
    nl.rapport.security.Caller caller = currentCaller.get();
    boolean all = caller.readsAllAccounts();
    Set<UUID> portfolio = all ? Set.of() : accounts.portfolioIds();
    if (!all && portfolio.isEmpty()) {
      return List.of();
    }
    TypedQuery<Complaint> query =
        em.createQuery(
            "select c from Complaint c where (c.status = :open or c.resolvedAt >= :since)"
                + (all ? "" : " and c.accountId " + IdMatch.in(portfolio)),
            Complaint.class);
    if (!all) {
      query.setParameter("ids", IdMatch.value(portfolio));
    }
    return openFirst(
        query
            .setParameter("open", Complaint.Status.OPEN)
            .setParameter("since", Instants.now().minus(Duration.ofDays(30)))
            .getResultList());
  }

  /** Open complaints first, oldest first (they wait longest); then the resolved, latest first. */
  static List<Complaint> openFirst(List<Complaint> complaints) {
    List<Complaint> sorted = new java.util.ArrayList<>(complaints);
    sorted.sort(
        java.util.Comparator.comparing((Complaint c) -> c.getStatus() != Complaint.Status.OPEN)
            .thenComparing(
                c -> c.getStatus() == Complaint.Status.OPEN ? c.getOpenedAt() : null,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(
                Complaint::getResolvedAt,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    return sorted;
  }

  public Complaint resolve(UUID complaintId, Resolution resolution) {
    Complaint complaint = em.find(Complaint.class, complaintId);
    if (complaint == null || accounts.find(complaint.getAccountId()).isEmpty()) {
      throw RapportException.notFound("Complaint " + complaintId);
    }
    accounts.getForChange(complaint.getAccountId());
    Instant now = Instants.now();
    Instant at = resolution.resolvedAt() == null ? now : resolution.resolvedAt();
    if (at.isAfter(now.plus(Duration.ofMinutes(maxClockSkewMinutes)))) {
      throw RapportException.invalid("resolvedAt", "resolvedAt cannot be in the future");
    }
    String by = currentCaller.get().username();
    complaint.resolve(
        resolution.firstContactResolution(),
        at,
        blankToNull(resolution.summary()),
        by,
        new ServiceRecovery(
            Duration.ofHours(goodRecoveryHours), Duration.ofDays(poorRecoveryDays)));
    em.flush();
    audit.record(
        by, "RESOLVE", "Complaint", complaintId, String.valueOf(complaint.getRecoveryQuality()));
    changed.fire(new AccountChanged(complaint.getAccountId()));
    integration.fire(
        new nl.rapport.platform.IntegrationEvent(
            "complaint.resolved", ComplaintView.of(complaint)));
    return complaint;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The latest version of every contact moment of these accounts; no caller scope. */
  public List<LoggedMoment> momentsOf(Collection<UUID> accountIds) {
    // A correction belongs to the same account as what it corrects, so the versions to leave out
    // are all among these rows: one index range read, where "not exists (a correction)" probed
    // the supersedes index once per row and took half of the query's time.
    List<Object[]> rows =
        em.createQuery(
                "select i.accountId, i.id, i.occurredAt, i.channel, i.purpose, i.effortScore,"
                    + " i.npsScore, i.csatScore, i.supersedes"
                    + " from Interaction i where i.accountId "
                    + IdMatch.in(accountIds),
                Object[].class)
            .setParameter("ids", IdMatch.value(accountIds))
            .getResultList();
    Set<Object> corrected = new HashSet<>();
    for (Object[] r : rows) {
      if (r[8] != null) {
        corrected.add(r[8]);
      }
    }
    List<LoggedMoment> moments = new ArrayList<>(rows.size() - corrected.size());
    for (Object[] r : rows) {
      if (!corrected.contains(r[1])) {
        moments.add(
            new LoggedMoment(
                (UUID) r[0],
                (UUID) r[1],
                (Instant) r[2],
                (Channel) r[3],
                (Purpose) r[4],
                (Integer) r[5],
                (Integer) r[6],
                (Integer) r[7]));
      }
    }
    return moments;
  }

  /** Every complaint of these accounts, open or resolved; no caller scope. */
  public List<ComplaintOutcome> complaintsOf(Collection<UUID> accountIds) {
    return em.createQuery(
            "select new nl.rapport.interaction.ComplaintOutcome(c.accountId, c.interactionId,"
                + " c.openedAt, c.resolvedAt, c.recoveryQuality)"
                + " from Complaint c where c.accountId "
                + IdMatch.in(accountIds),
            ComplaintOutcome.class)
        .setParameter("ids", IdMatch.value(accountIds))
        .getResultList();
  }
}
