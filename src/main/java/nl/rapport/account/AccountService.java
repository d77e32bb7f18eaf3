package nl.rapport.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.rapport.platform.AccountChanged;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Changes;
import nl.rapport.platform.Feed;
import nl.rapport.platform.IdMatch;
import nl.rapport.platform.Instants;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.SyncPosition;
import nl.rapport.platform.SyncWindow;
import nl.rapport.platform.Versioning;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;
import nl.rapport.security.UserDirectory;

/** Accounts and their contacts, scoped to what the caller may see and change. */
@Stateless
public class AccountService {

  static final String FRAMED_AT_CREATION = "Framed at creation";

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private UserDirectory users;
  @Inject private Audit audit;
  @Inject private nl.rapport.platform.Database database;
  @Inject private Event<AccountChanged> changed;
  @Inject private Event<ConsentRecorded> consentRecorded;
  @Inject private Event<Reframed> reframed;
  @Inject private Event<nl.rapport.platform.IntegrationEvent> integration;
  @Inject private SyncWindow syncWindow;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext transaction;

  // ---- accounts

  /** One page and the total: three statements (count, page, the page's teams). */
  public Page<Account> search(AccountQuery query, PageRequest paging) {
    return new Page<>(page(query, paging), paging.page(), paging.size(), count(query));
  }

  /** How many accounts the search finds. */
  public long count(AccountQuery query) {
    Caller caller = currentCaller.get();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Account> root = count.from(Account.class);
    count.select(cb.count(root)).where(filters(cb, count, root, query, caller));
    return em.createQuery(count).getSingleResult();
  }

  /** The owners of the accounts the caller sees (archived ones left out), by name: a filter's. */
  public List<String> owners() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> owners = cb.createQuery(String.class);
    Root<Account> root = owners.from(Account.class);
    owners
        .select(root.get("owner"))
        .distinct(true)
        .where(filters(cb, owners, root, AccountQuery.all(), currentCaller.get()))
        .orderBy(cb.asc(root.get("owner")));
    return em.createQuery(owners).getResultList();
  }

  /** One page of what the search finds, without counting (a lazy table counts separately). */
  public List<Account> page(AccountQuery query, PageRequest paging) {
    return found(query, currentCaller.get())
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultList();
  }

  /** Every account the search finds, in its order, unpaged: for exports of a known chunk. */
  public List<Account> list(AccountQuery query) {
    return found(query, currentCaller.get()).getResultList();
  }

  private TypedQuery<Account> found(AccountQuery query, Caller caller) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Account> select = cb.createQuery(Account.class);
    Root<Account> root = select.from(Account.class);
    select
        .select(root)
        .where(filters(cb, select, root, query, caller))
        .orderBy(order(cb, root, query));
    return em.createQuery(select);
  }

  /** The ids of every account the search finds (unpaged, in no particular order). */
  public List<UUID> ids(AccountQuery query) {
    Caller caller = currentCaller.get();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<UUID> select = cb.createQuery(UUID.class);
    Root<Account> root = select.from(Account.class);
    select.select(root.get("id")).where(filters(cb, select, root, query, caller));
    return em.createQuery(select).getResultList();
  }

  private static List<jakarta.persistence.criteria.Order> order(
      CriteriaBuilder cb, Root<Account> root, AccountQuery query) {
    jakarta.persistence.criteria.Expression<?> sortPath =
        query.sortField().text()
            ? cb.lower(root.get(query.sortField().attribute()))
            : root.get(query.sortField().attribute());
    return List.of(
        query.ascending() ? cb.asc(sortPath) : cb.desc(sortPath),
        cb.asc(cb.lower(root.get("name"))),
        cb.asc(root.get("name")),
        cb.asc(root.get("id")));
  }

  private static Predicate[] filters(
      CriteriaBuilder cb,
      jakarta.persistence.criteria.AbstractQuery<?> criteria,
      Root<Account> root,
      AccountQuery query,
      Caller caller) {
    List<Predicate> where = new ArrayList<>();
    if (!caller.readsAllAccounts()) {
      where.add(
          cb.or(
              cb.equal(root.get("owner"), caller.username()),
              cb.isMember(caller.username(), root.<java.util.Collection<String>>get("team"))));
    }
    if (query.text() != null && !query.text().isBlank()) {
      String like = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("name")), like, '\\'),
              cb.like(cb.lower(root.get("industry")), like, '\\')));
    }
    if (query.relationshipType() != null) {
      where.add(cb.equal(root.get("relationshipType"), query.relationshipType()));
    }
    if (query.owner() != null && !query.owner().isBlank()) {
      where.add(cb.equal(root.get("owner"), query.owner()));
    }
    if (query.condition() != null) {
      where.add(query.condition().on(cb, criteria, root));
    }
    if (query.lifecycle() != null) {
      where.add(cb.equal(root.get("lifecycle"), query.lifecycle()));
    } else if (!query.archivedToo()) {
      where.add(cb.notEqual(root.get("lifecycle"), Lifecycle.FORMER));
    }
    return where.toArray(Predicate[]::new);
  }

  /** The accounts the caller sees (archived ones left out) per relationship type: the mix. */
  public Map<RelationshipType, Long> countByRelationshipType() {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> counts = cb.createQuery(Object[].class);
    Root<Account> root = counts.from(Account.class);
    counts
        .multiselect(root.get("relationshipType"), cb.count(root))
        .where(filters(cb, counts, root, AccountQuery.all(), currentCaller.get()))
        .groupBy(root.get("relationshipType"));
    Map<RelationshipType, Long> mix = new java.util.EnumMap<>(RelationshipType.class);
    for (RelationshipType type : RelationshipType.values()) {
      mix.put(type, 0L);
    }
    em.createQuery(counts)
        .getResultList()
        .forEach(r -> mix.put((RelationshipType) r[0], (Long) r[1]));
    return mix;
  }

  /** An account or contact the top bar's search found; {@code contact} is null for an account. */
  public record Found(UUID accountId, String accountName, boolean archived, String contact) {}

  private static final String FORMER_FLAG =
      " case when a.lifecycle = :former then true else false end,";

  /**
   * The top bar's search: accounts by name, contacts by name, e-mail or phone (by its digits, with
   * spaces, dashes, dots and the plus left out on both sides, from 4 digits typed), among the
   * accounts the caller reads, former customers too; the accounts first, each list by name, at most
   * {@code limit} of each.
   */
  public List<Found> quickSearch(String text, int limit) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    Caller caller = currentCaller.get();
    boolean all = caller.readsAllAccounts();
    String scope = all ? "" : " and (a.owner = :me or :me member of a.team)";
    String like = "%" + escapeLike(q) + "%";
    String digits = q.replaceAll("[^0-9]", "");
    TypedQuery<Found> accountsFound =
        em.createQuery(
            "select new nl.rapport.account.AccountService$Found(a.id, a.name,"
                + FORMER_FLAG
                + " cast(null as String)) from Account a"
                + " where lower(a.name) like :like escape '\\'"
                + scope
                + " order by lower(a.name), a.id",
            Found.class);
    TypedQuery<Found> contactsFound =
        em.createQuery(
            "select new nl.rapport.account.AccountService$Found(a.id, a.name,"
                + FORMER_FLAG
                + " concat(c.firstName, ' ', c.lastName,"
                + " coalesce(concat(' \u00b7 ', c.email), ''))) from Contact c, Account a"
                + " where c.accountId = a.id and (lower(concat(c.firstName, ' ', c.lastName))"
                + " like :like escape '\\' or lower(c.email) like :like escape '\\'"
                + (digits.length() >= 4
                    ? " or replace(replace(replace(replace(c.phone, ' ', ''), '-', ''), '+', ''),"
                        + " '.', '') like :digits"
                    : "")
                + ")"
                + scope
                + " order by lower(c.lastName), lower(c.firstName), c.id",
            Found.class);
    List<Found> found = new ArrayList<>();
    for (TypedQuery<Found> query : List.of(accountsFound, contactsFound)) {
      query.setParameter("like", like).setParameter("former", Lifecycle.FORMER);
      if (!all) {
        query.setParameter("me", caller.username());
      }
      if (query == contactsFound && digits.length() >= 4) {
        query.setParameter("digits", "%" + digits + "%");
      }
      found.addAll(query.setMaxResults(limit).getResultList());
    }
    return found;
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * Delta sync: the accounts the caller may see that changed after this position, archived ones too
   * (a mirror must learn of the archiving), oldest change first. An account manager's feed is their
   * portfolio as it is now: an account handed to someone else stops appearing in it.
   */
  public Feed<Account> changes(SyncPosition from, int size) {
    Caller caller = currentCaller.get();
    boolean all = caller.readsAllAccounts();
    TypedQuery<Account> query =
        em.createQuery(
            "select a from Account a where "
                + from.where("a")
                + (all ? "" : " and (a.owner = :me or :me member of a.team)")
                + SyncPosition.order("a"),
            Account.class);
    if (!all) {
      query.setParameter("me", caller.username());
    }
    List<Account> rows =
        from.bind(query, syncWindow.until()).setMaxResults(size + 1).getResultList();
    return Feed.of(rows, size, from, Account::getUpdatedAt, Account::getId);
  }

  /**
   * Delta sync of one account's contacts, removed and erased ones too (a mirror must drop them),
   * oldest change first.
   */
  public Feed<Contact> contactChanges(UUID accountId, SyncPosition from, int size) {
    get(accountId);
    List<Contact> rows =
        from.bind(
                em.createQuery(
                    "select c from Contact c where c.accountId = :account and "
                        + from.where("c")
                        + SyncPosition.order("c"),
                    Contact.class),
                syncWindow.until())
            .setParameter("account", accountId)
            .setMaxResults(size + 1)
            .getResultList();
    return Feed.of(rows, size, from, Contact::getUpdatedAt, Contact::getId);
  }

  /**
   * The accounts the caller owns or is on the team of, archived ones too: an account manager's
   * portfolio, whatever else their roles let them read.
   */
  public Set<UUID> portfolioIds() {
    Caller caller = currentCaller.get();
    if (!caller.has(Role.ACCOUNT_MANAGER)) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select a.id from Account a where a.owner = :me or :me member of a.team",
                UUID.class)
            .setParameter("me", caller.username())
            .getResultList());
  }

  /** The account if the caller may see it; absent otherwise (others' accounts do not exist). */
  public Optional<Account> find(UUID id) {
    Caller caller = currentCaller.get();
    return Optional.ofNullable(em.find(Account.class, id))
        .filter(a -> caller.maySee(a.getOwner(), a.getTeam()));
  }

  public Account get(UUID id) {
    return find(id).orElseThrow(() -> RapportException.notFound("Account " + id));
  }

  /** The account for a change by the caller: 404 when unseen, 403 when only readable. */
  public Account getForChange(UUID id) {
    Account account = get(id);
    Caller caller = currentCaller.get();
    if (!caller.mayChange(account.getOwner(), account.getTeam())) {
      throw RapportException.forbidden("You may read this account but not change it.");
    }
    return account;
  }

  public Account create(AccountInput input) {
    Account account = place(input, currentCaller.get(), false, new HashMap<>(), Runnable::run);
    changed.fire(new AccountChanged(account.getId()));
    tell("account.created", AccountView.of(account));
    return account;
  }

  /**
   * Creates and audits an account, checking everything before anything is stored (an import reports
   * a refusal as its row's error and goes on); derived data is the caller's to trigger. Only an
   * import may bring an account in archived (a former customer from the old system).
   */
  private Account place(
      AccountInput input,
      Caller caller,
      boolean archivedToo,
      Map<String, Optional<Set<Role>>> people,
      java.util.function.Consumer<Runnable> auditing) {
    if (!caller.mayCreateAccounts()) {
      throw RapportException.forbidden("Only account managers and administrators create accounts.");
    }
    String owner =
        input.owner() == null || input.owner().isBlank() ? caller.username() : input.owner();
    List<String> team = input.team() == null ? List.of() : input.team();
    checkPeople(owner, team, people);
    if (!caller.has(Role.ADMIN)
        && !caller.has(Role.INTEGRATION)
        && !owner.equals(caller.username())
        && !team.contains(caller.username())) {
      // valid input, but not this caller's to give: a refusal of who asks (rule 8), not of what
      throw new RapportException(
          403, "Forbidden", "owner", "You can only create accounts you own or are on the team of.");
    }
    if (input.lifecycle() == Lifecycle.FORMER && !archivedToo) {
      throw RapportException.invalid("lifecycle", "a new account cannot start archived");
    }
    Instant now = Instants.now();
    Account account = new Account(input.name().strip(), owner, input.lifecycle(), now);
    account.describe(
        input.name().strip(),
        input.industry(),
        input.country(),
        input.customerSince(),
        Boolean.TRUE.equals(input.communityMember()),
        Boolean.TRUE.equals(input.socialActivator()));
    account.assignTo(owner, team);
    identify(account, input.externalId());
    em.persist(account);
    if (input.relationshipType() != null && input.relationshipType() != RelationshipType.UNFRAMED) {
      reframed.fire(
          account.reframe(input.relationshipType(), FRAMED_AT_CREATION, caller.username(), now));
    }
    auditing.accept(
        () ->
            audit.record(
                caller.username(),
                "CREATE",
                "Account",
                account.getId(),
                Changes.created(account.auditState()),
                account.getName()));
    return account;
  }

  /** Tells other systems (webhooks), in this transaction. */
  private void tell(String type, Object data) {
    integration.fire(new nl.rapport.platform.IntegrationEvent(type, data));
  }

  // ---- imports (the rows are parsed and validated by AccountImport)

  /**
   * Upserts these account rows by external id in one transaction, each row all or nothing: a
   * refused row changes nothing and is reported. A dry run does the same and rolls it all back.
   * Derived data is not computed here: the caller announces the changed accounts after commit.
   */
  public List<ImportOutcome> importAccounts(List<ImportedAccount> rows, boolean dryRun) {
    planEachLookup();
    Caller caller = currentCaller.get();
    Map<String, Account> known = new HashMap<>();
    byExternalId(Account.class, rows.stream().map(ImportedAccount::externalId).distinct().toList())
        .forEach(a -> known.put(a.getExternalId(), a));
    List<ImportOutcome> outcomes = new ArrayList<>();
    Map<String, Optional<Set<Role>>> people = new HashMap<>();
    // audit lines are written after the accounts, so that each kind of insert goes in JDBC batches
    List<Runnable> audits = new ArrayList<>();
    for (ImportedAccount row : rows) {
      try {
        Account current = known.get(row.externalId());
        if (current == null) {
          if (row.input().name() == null || row.input().name().isBlank()) {
            throw RapportException.invalid("name", "a new account needs a name");
          }
          Account created = place(row.over(null), caller, true, people, audits::add);
          created.identifyAs(row.externalId());
          known.put(row.externalId(), created);
          outcomes.add(new ImportOutcome(row.row(), ImportOutcome.Kind.CREATED, created.getId()));
        } else if (reviseImported(current, row.over(current), caller, people, audits)) {
          outcomes.add(new ImportOutcome(row.row(), ImportOutcome.Kind.UPDATED, current.getId()));
        } else {
          outcomes.add(new ImportOutcome(row.row(), ImportOutcome.Kind.UNCHANGED, current.getId()));
        }
      } catch (RapportException refused) {
        outcomes.add(ImportOutcome.failed(row.row(), refused));
      }
    }
    audits.forEach(Runnable::run);
    em.flush();
    if (dryRun) {
      transaction.setRollbackOnly();
    }
    // the engagement profiles follow once this batch is committed (AccountImport)
    return outcomes;
  }

  /** Applies an import row to an existing account; whether anything changed. */
  private boolean reviseImported(
      Account account,
      AccountInput next,
      Caller caller,
      Map<String, Optional<Set<Role>>> people,
      List<Runnable> audits) {
    if (!caller.mayChange(account.getOwner(), account.getTeam())) {
      throw RapportException.forbidden(
          "externalId names an account you may not change (it is someone else's)");
    }
    if (next.relationshipType() != account.getRelationshipType()) {
      throw RapportException.invalid(
          "relationshipType",
          "an import sets the relationship type of new accounts only; it changes with a reason"
              + " (POST /accounts/{id}/relationship)");
    }
    checkPeople(next.owner(), next.team(), people);
    Map<String, Object> before = account.auditState();
    account.describe(
        next.name().strip(),
        next.industry(),
        next.country(),
        next.customerSince(),
        Boolean.TRUE.equals(next.communityMember()),
        Boolean.TRUE.equals(next.socialActivator()));
    account.assignTo(next.owner(), next.team());
    account.moveTo(next.lifecycle());
    Changes changes = Changes.between(before, account.auditState());
    if (changes.isEmpty()) {
      return false;
    }
    audits.add(
        () ->
            audit.record(
                caller.username(), "UPDATE", "Account", account.getId(), changes, "import"));
    return true;
  }

  /**
   * Upserts these contact rows by external id, on the accounts their {@code accountExternalId}
   * names, in one transaction, each row all or nothing. A dry run rolls it all back.
   */
  public List<ImportOutcome> importContacts(List<ImportedContact> rows, boolean dryRun) {
    planEachLookup();
    Caller caller = currentCaller.get();
    Map<String, Account> accountsById = new HashMap<>();
    byExternalId(
            Account.class,
            rows.stream().map(ImportedContact::accountExternalId).distinct().toList())
        .forEach(a -> accountsById.put(a.getExternalId(), a));
    Map<String, Contact> known = new HashMap<>();
    byExternalId(Contact.class, rows.stream().map(ImportedContact::externalId).distinct().toList())
        .forEach(c -> known.put(c.getExternalId(), c));
    List<ImportOutcome> outcomes = new ArrayList<>();
    List<ConsentRecorded> consents = new ArrayList<>();
    for (ImportedContact row : rows) {
      try {
        Account account = accountsById.get(row.accountExternalId());
        if (account == null || !caller.maySee(account.getOwner(), account.getTeam())) {
          throw RapportException.invalid(
              "accountExternalId", "no account has externalId " + row.accountExternalId());
        }
        if (!caller.mayChange(account.getOwner(), account.getTeam())) {
          throw RapportException.forbidden(
              "accountExternalId names an account you may read but not change");
        }
        Contact current = known.get(row.externalId());
        if (current != null && !current.getAccountId().equals(account.getId())) {
          throw RapportException.invalid(
              "accountExternalId",
              "the contact with this externalId belongs to another account; contacts do not move");
        }
        if (current != null && current.isErased()) {
          throw RapportException.invalid(
              "externalId", "this contact was erased (GDPR); it is not brought back by an import");
        }
        ImportOutcome.Kind kind;
        Contact contact = current;
        Map<String, Object> before;
        if (contact == null) {
          for (String name : List.of("firstName", "lastName")) {
            String value =
                name.equals("firstName") ? row.input().firstName() : row.input().lastName();
            if (value == null || value.isBlank()) {
              throw RapportException.invalid(name, "a new contact needs a " + name);
            }
          }
          contact = new Contact(account.getId(), Instants.now());
          contact.identifyAs(row.externalId());
          before = null;
          kind = ImportOutcome.Kind.CREATED;
        } else {
          before = contact.auditState();
          kind = ImportOutcome.Kind.UPDATED;
        }
        // a contact removed in Rapport stays removed: a re-import of the old file does not undo it
        Optional<ConsentRecorded> consent = apply(contact, row.over(current));
        if (before == null) {
          em.persist(contact);
          known.put(row.externalId(), contact);
          audit.record(
              caller.username(),
              "CREATE",
              "Contact",
              contact.getId(),
              Changes.created(contact.auditState()),
              "import");
        } else {
          Changes changes = Changes.between(before, contact.auditState());
          if (changes.isEmpty()) {
            kind = ImportOutcome.Kind.UNCHANGED;
          } else {
            audit.record(
                caller.username(), "UPDATE", "Contact", contact.getId(), changes, "import");
          }
        }
        consent.ifPresent(consents::add);
        outcomes.add(new ImportOutcome(row.row(), kind, contact.getId()));
      } catch (RapportException refused) {
        outcomes.add(ImportOutcome.failed(row.row(), refused));
      }
    }
    em.flush();
    consents.forEach(consentRecorded::fire);
    if (dryRun) {
      transaction.setRollbackOnly();
    }
    return outcomes;
  }

  /** Gives the account the caller's own key; absent keeps the one it has, another's is a 409. */
  private void identify(Account account, String externalId) {
    newExternalId(Account.class, account.getExternalId(), externalId)
        .ifPresent(account::identifyAs);
  }

  private void identify(Contact contact, String externalId) {
    newExternalId(Contact.class, contact.getExternalId(), externalId)
        .ifPresent(contact::identifyAs);
  }

  /**
   * The key to give a record of this type that has {@code current}: empty when none is asked or it
   * is the one it has; a key another record of the type has is a 409 naming the field.
   */
  private Optional<String> newExternalId(Class<?> type, String current, String wanted) {
    if (wanted == null || wanted.isBlank() || wanted.strip().equals(current)) {
      return Optional.empty();
    }
    String key = wanted.strip();
    if (!byExternalId(type, List.of(key)).isEmpty()) {
      throw new RapportException(
          409,
          "Conflict",
          "externalId",
          "another "
              + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
              + " has externalId "
              + key);
    }
    return Optional.of(key);
  }

  /**
   * PostgreSQL keeps a prepared statement's generic plan until the table is analyzed: one made
   * while the table was nearly empty (a scan) stayed for the rest of a 100,000-row import and made
   * each batch's look-up by external id slower than the one before (bench/import.sh: 132 s for
   * 100,000 contacts, 0.7 s a look-up). An import batch plans its statements for their values
   * instead.
   */
  private void planEachLookup() {
    if (database.isPostgres()) {
      em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }
  }

  private <T> List<T> byExternalId(Class<T> type, List<String> externalIds) {
    if (externalIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from " + type.getSimpleName() + " e where e.externalId in :ids", type)
        .setParameter("ids", externalIds)
        .getResultList();
  }

  public Account update(UUID id, long expectedVersion, AccountInput input) {
    Account account = getForChange(id);
    Versioning.check(expectedVersion, account.getVersion());
    Map<String, Object> before = account.auditState();
    if (input.relationshipType() != null
        && input.relationshipType() != account.getRelationshipType()) {
      throw RapportException.invalid(
          "relationshipType",
          "the relationship type changes through POST /accounts/{id}/relationship, with a reason");
    }
    String owner =
        input.owner() == null || input.owner().isBlank() ? account.getOwner() : input.owner();
    List<String> team = input.team() == null ? List.copyOf(account.getTeam()) : input.team();
    checkPeople(owner, team);
    account.describe(
        input.name().strip(),
        input.industry(),
        input.country(),
        input.customerSince(),
        Boolean.TRUE.equals(input.communityMember()),
        Boolean.TRUE.equals(input.socialActivator()));
    account.assignTo(owner, team);
    identify(account, input.externalId());
    if (input.lifecycle() != null) {
      account.moveTo(input.lifecycle());
    }
    em.flush();
    audit.record(
        currentCaller.get().username(),
        "UPDATE",
        "Account",
        id,
        Changes.between(before, account.auditState()),
        account.getName());
    changed.fire(new AccountChanged(id));
    tell("account.updated", AccountView.of(account));
    return account;
  }

  public Account archive(UUID id, Long expectedVersion) {
    Account account = getForChange(id);
    if (expectedVersion != null) {
      Versioning.check(expectedVersion, account.getVersion());
    }
    Map<String, Object> before = account.auditState();
    account.archive();
    em.flush();
    audit.record(
        currentCaller.get().username(),
        "ARCHIVE",
        "Account",
        id,
        Changes.between(before, account.auditState()),
        account.getName());
    tell("account.archived", AccountView.of(account));
    return account;
  }

  /** Records a relationship change on an account the caller may change. */
  public Reframed reframe(UUID id, RelationshipType to, String reason, Long expectedVersion) {
    Account account = getForChange(id);
    if (expectedVersion != null) {
      Versioning.check(expectedVersion, account.getVersion());
    }
    String by = currentCaller.get().username();
    Reframed transition = account.reframe(to, reason, by, Instants.now());
    em.flush();
    reframed.fire(transition);
    audit.record(
        by,
        "REFRAME",
        "Account",
        id,
        Changes.of("relationshipType", transition.from(), transition.to()),
        reason);
    changed.fire(new AccountChanged(id));
    tell("relationship.changed", transition);
    return transition;
  }

  /**
   * A prospect converted by a campaign: its first framing is the campaign's. Marketing may do this
   * for any account; an account that is already framed keeps its framing.
   */
  public void frameAtConversion(UUID id, RelationshipType framing, String reason, String by) {
    Account account = em.find(Account.class, id);
    if (account == null || account.getRelationshipType() != RelationshipType.UNFRAMED) {
      return;
    }
    Reframed transition = account.reframe(framing, reason, by, Instants.now());
    reframed.fire(transition);
    if (account.getLifecycle() == Lifecycle.PROSPECT) {
      account.moveTo(Lifecycle.ACTIVE);
    }
    audit.record(
        by,
        "REFRAME",
        "Account",
        id,
        Changes.of("relationshipType", transition.from(), transition.to()),
        reason + " (conversion)");
    changed.fire(new AccountChanged(id));
    tell("relationship.changed", transition);
  }

  /**
   * Called when a personal contact moment is logged for the account: keeps the latest one, as
   * {@link Account#recordPersonalContact} does, in one atomic update that takes no optimistic lock
   * (the version stays), so contact moments logged at the same time never refuse each other.
   */
  public void recordPersonalContact(UUID id, Instant at) {
    // native: Hibernate translates a JPQL update anew on every call (7% of a POST's CPU in JFR)
    em.createNativeQuery(
            "update account set last_personal_contact_at = ?1, updated_at = ?3 where id = ?2"
                + " and (last_personal_contact_at is null or last_personal_contact_at < ?1)")
        .setParameter(1, at)
        .setParameter(2, id)
        .setParameter(3, Instants.now())
        .executeUpdate();
  }

  private void checkPeople(String owner, List<String> team) {
    checkPeople(owner, team, new HashMap<>());
  }

  /** As above, remembering who is who in {@code known} (an import batch names few people). */
  private void checkPeople(
      String owner, List<String> team, Map<String, Optional<Set<Role>>> known) {
    java.util.function.Function<String, Optional<Set<Role>>> roles =
        name ->
            known.computeIfAbsent(
                name, n -> users.find(n).map(u -> (Set<Role>) Set.copyOf(u.getRoles())));
    if (roles.apply(owner).filter(r -> r.contains(Role.ACCOUNT_MANAGER)).isEmpty()) {
      throw RapportException.invalid("owner", "owner must be an account manager's user name");
    }
    for (String member : team) {
      if (roles.apply(member).isEmpty()) {
        throw RapportException.invalid("team", "unknown user: " + member);
      }
    }
  }

  /** Traits of these accounts for derived data; no caller scope (system work). */
  public List<AccountTraits> traits(Collection<UUID> ids) {
    if (ids.size() == 1) {
      // the account that just changed is usually in this transaction's persistence context
      // already (read for the change's access check): no statement for it
      return Optional.ofNullable(em.find(Account.class, ids.iterator().next()))
          .map(
              a ->
                  List.of(
                      new AccountTraits(
                          a.getId(),
                          a.getRelationshipType(),
                          a.getCreatedAt(),
                          a.isCommunityMember(),
                          a.isSocialActivator())))
          .orElse(List.of());
    }
    return em.createQuery(
            "select new nl.rapport.account.AccountTraits(a.id, a.relationshipType, a.createdAt,"
                + " a.communityMember, a.socialActivator) from Account a where a.id "
                + IdMatch.in(ids),
            AccountTraits.class)
        .setParameter("ids", IdMatch.value(ids))
        .getResultList();
  }

  /** The current relationship type of these accounts; no caller scope. */
  public Map<UUID, RelationshipType> relationshipTypes(Collection<UUID> ids) {
    Map<UUID, RelationshipType> types = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "select a.id, a.relationshipType from Account a where a.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> types.put((UUID) r[0], (RelationshipType) r[1]));
    }
    return types;
  }

  /** All account ids after the given one (null: from the start), in id order: batch keyset. */
  public List<UUID> idsAfter(UUID after, int limit) {
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

  /** How many accounts there are, archived ones included; no caller scope (system work). */
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  // ---- contacts

  /**
   * The contacts of these accounts (removed ones left out), for campaigns: no caller scope, as
   * marketing reads every account.
   */
  public List<Addressee> addressees(Collection<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select new nl.rapport.account.Addressee(c.id, a.id, a.relationshipType,"
                + " c.marketingConsent) from Contact c, Account a"
                + " where c.accountId = a.id and a.id in :ids and c.removed = false",
            Addressee.class)
        .setParameter("ids", accountIds)
        .getResultList();
  }

  public List<Contact> contacts(UUID accountId) {
    get(accountId);
    return em.createQuery(
            "select c from Contact c where c.accountId = :account and c.removed = false"
                + " order by c.lastName, c.firstName, c.id",
            Contact.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The contacts of these accounts (removed ones left out), by name; no caller scope. */
  public List<Contact> contactsOf(Collection<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Contact c where c.accountId in :ids and c.removed = false"
                + " order by c.lastName, c.firstName, c.id",
            Contact.class)
        .setParameter("ids", accountIds)
        .getResultList();
  }

  public Optional<Contact> findContact(UUID contactId) {
    return Optional.ofNullable(em.find(Contact.class, contactId))
        .filter(c -> !c.isRemoved())
        .filter(c -> find(c.getAccountId()).isPresent());
  }

  public Contact contact(UUID contactId) {
    return findContact(contactId)
        .orElseThrow(() -> RapportException.notFound("Contact " + contactId));
  }

  /**
   * A contact for a GDPR export or erasure, also when removed or already erased: 404 when the
   * account is not seen, 403 for those who only read it (marketing).
   */
  public Contact personalDataOf(UUID contactId) {
    Contact contact =
        Optional.ofNullable(em.find(Contact.class, contactId))
            .filter(c -> find(c.getAccountId()).isPresent())
            .orElseThrow(() -> RapportException.notFound("Contact " + contactId));
    Account account = em.find(Account.class, contact.getAccountId());
    if (!currentCaller.get().handlesPersonalData(account.getOwner(), account.getTeam())) {
      throw RapportException.forbidden(
          "Personal data is exported and erased by the account's managers and administrators.");
    }
    return contact;
  }

  /** A contact for the retention job, which runs without a caller (it checks its own rule). */
  public Optional<Contact> contactForRetention(UUID contactId) {
    return Optional.ofNullable(em.find(Contact.class, contactId)).filter(c -> !c.isErased());
  }

  /**
   * Erases the contact's personal data (see {@link Contact#erase}); the fields it held, with their
   * values replaced by the erased marker, for the audit trail. Nothing when already erased.
   */
  public Changes eraseContact(Contact contact) {
    if (contact.isErased()) {
      return Changes.none();
    }
    Map<String, Object> before = contact.auditState();
    contact.erase(Instants.now());
    em.flush();
    changed.fire(new AccountChanged(contact.getAccountId()));
    // the event names the contact only by its ids: the personal data is gone
    tell(
        "contact.erased",
        Map.of("contactId", contact.getId(), "accountId", contact.getAccountId()));
    return Changes.between(before, contact.auditState()).erase(Contact.PERSONAL_FIELDS::contains);
  }

  public Contact addContact(UUID accountId, ContactInput input) {
    Account account = getForChange(accountId);
    Contact contact = new Contact(account.getId(), Instants.now());
    Optional<ConsentRecorded> consent = apply(contact, input);
    identify(contact, input.externalId());
    em.persist(contact);
    consent.ifPresent(consentRecorded::fire);
    audit.record(
        currentCaller.get().username(),
        "CREATE",
        "Contact",
        contact.getId(),
        Changes.created(contact.auditState()),
        null);
    return contact;
  }

  public Contact updateContact(UUID contactId, long expectedVersion, ContactInput input) {
    Contact contact = contact(contactId);
    getForChange(contact.getAccountId());
    Versioning.check(expectedVersion, contact.getVersion());
    Map<String, Object> before = contact.auditState();
    apply(contact, input).ifPresent(consentRecorded::fire);
    identify(contact, input.externalId());
    em.flush();
    audit.record(
        currentCaller.get().username(),
        "UPDATE",
        "Contact",
        contactId,
        Changes.between(before, contact.auditState()),
        null);
    return contact;
  }

  public void removeContact(UUID contactId, Long expectedVersion) {
    Contact contact = contact(contactId);
    getForChange(contact.getAccountId());
    if (expectedVersion != null) {
      Versioning.check(expectedVersion, contact.getVersion());
    }
    Map<String, Object> before = contact.auditState();
    contact.remove();
    audit.record(
        currentCaller.get().username(),
        "REMOVE",
        "Contact",
        contactId,
        Changes.between(before, contact.auditState()),
        null);
  }

  /** The contact's new details; the consent it recorded, to announce once the contact is stored. */
  private Optional<ConsentRecorded> apply(Contact contact, ContactInput input) {
    contact.describe(
        input.firstName().strip(),
        input.lastName().strip(),
        input.email(),
        input.phone(),
        input.jobTitle(),
        input.birthday(),
        input.preferredLanguage(),
        input.preferredChannel());
    if (input.marketingConsent() != null) {
      String by = currentCaller.get().username();
      String source =
          input.consentSource() == null || input.consentSource().isBlank()
              ? "Recorded by " + by
              : input.consentSource();
      Instant at = Instants.now();
      if (contact.consent(input.marketingConsent(), source, at)) {
        return Optional.of(
            new ConsentRecorded(contact.getId(), input.marketingConsent(), source, at, by));
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the contact's marketing consent as the privacy feature decided it (a confirmed double
   * opt-in, a withdrawal); that feature checks who may, and keeps the history.
   */
  public void applyConsent(UUID contactId, boolean given, String source, Instant at) {
    Contact contact = em.find(Contact.class, contactId);
    if (contact != null && !contact.isErased()) {
      contact.consent(given, source, at);
    }
  }
}
