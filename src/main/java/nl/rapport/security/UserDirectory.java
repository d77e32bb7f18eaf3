package nl.rapport.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Changes;
import nl.rapport.platform.Instants;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users who sign in, with hashed passwords (PBKDF2) and roles; administrators add and change
 * them. Each change moves the user's version, which every node compares at each request ({@link
 * #standing}), so a change takes effect at once on all of them without a message between nodes.
 */
@Stateless
public class UserDirectory {

  /**
   * Lower-case letters, digits, dot, dash and underscore; 2 to 64 of them, starting with a letter.
   */
  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  private static final Set<Role> PERSON_ROLES =
      EnumSet.of(Role.ACCOUNT_MANAGER, Role.MARKETING, Role.ADMIN);

  @PersistenceContext private EntityManager em;

  @Inject private Pbkdf2PasswordHash hash;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;
  @Inject private SignInLockout lockout;

  @Inject
  @ConfigProperty(name = "rapport.security.pbkdf2-iterations")
  private int iterations;

  @Inject
  @ConfigProperty(name = "rapport.password.min-length")
  private int minPasswordLength;

  /** What each request checks of its signed-in user. */
  public record Standing(long version, boolean enabled, Instant passwordChangedAt) {}

  public Optional<AppUser> find(String username) {
    return Optional.ofNullable(em.find(AppUser.class, username));
  }

  /** The user's version and whether they may still sign in: one primary-key read, no roles. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Standing> standing(String username) {
    return em.createQuery(
            "select new nl.rapport.security.UserDirectory$Standing(u.version, u.enabled,"
                + " u.passwordChangedAt) from AppUser u where u.username = :name",
            Standing.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * A session's sign-in as it stands now: the same when the user did not change, with the new roles
   * when they did, and empty when the session must end (the user is gone or disabled, or has a new
   * password since the session signed in).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<SignedIn> recheck(SignedIn signedIn) {
    Optional<Standing> now = standing(signedIn.username());
    if (now.isPresent() && now.get().version() == signedIn.version()) {
      return Optional.of(signedIn);
    }
    return find(signedIn.username())
        .filter(AppUser::isEnabled)
        .filter(
            u ->
                u.getPasswordChangedAt() == null
                    || signedIn.since() == null
                    || !u.getPasswordChangedAt().isAfter(signedIn.since()))
        .map(u -> new SignedIn(u.getUsername(), u.groups(), u.getVersion(), signedIn.since()));
  }

  public List<AppUser> withRole(Role role) {
    return em.createQuery(
            "select u from AppUser u where :role member of u.roles order by u.username",
            AppUser.class)
        .setParameter("role", role)
        .getResultList();
  }

  public boolean isEmpty() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0;
  }

  /** For the demo data and first set-up: a user, with no caller to check and no policy. */
  public AppUser create(String username, String displayName, char[] password, Set<Role> roles) {
    AppUser user = new AppUser(username, displayName, hashOf(password), roles);
    em.persist(user);
    return user;
  }

  private Caller admin() {
    return currentCaller.requireAnyOf("Users are managed by administrators.", Role.ADMIN);
  }

  /** Every user by name, a page at a time. */
  public Page<AppUser> list(PageRequest page) {
    admin();
    List<AppUser> items =
        em.createQuery("select u from AppUser u order by u.username", AppUser.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public AppUser get(String username) {
    admin();
    return find(username).orElseThrow(() -> RapportException.notFound("User " + username));
  }

  /**
   * A new user, by an administrator: a valid name, a person's roles, a password the policy takes.
   */
  public AppUser register(String username, String displayName, Set<Role> roles, char[] password) {
    Caller caller = admin();
    if (!USERNAME.matcher(username).matches()) {
      throw RapportException.invalid(
          "username",
          "use 2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter");
    }
    checkRoles(roles);
    checkPassword(username, password);
    if (find(username).isPresent()) {
      throw RapportException.conflict("There is already a user " + username + ".");
    }
    AppUser user = new AppUser(username, displayName.strip(), hashOf(password), roles);
    user.changePassword(user.getPasswordHash(), Instants.now());
    em.persist(user);
    em.flush();
    audit.record(
        caller.username(), "CREATE", "User", username, Changes.created(user.auditState()), null);
    return user;
  }

  /**
   * New details for a user, when the caller saw the current version. Administrators can neither
   * disable themselves nor take away their own administrator role, so an enabled administrator
   * always remains.
   */
  public AppUser change(
      String username, long expectedVersion, String displayName, Set<Role> roles, boolean enabled) {
    Caller caller = admin();
    AppUser user = get(username);
    nl.rapport.platform.Versioning.check(expectedVersion, user.getVersion());
    checkRoles(roles);
    if (caller.username().equals(username) && (!enabled || !roles.contains(Role.ADMIN))) {
      throw RapportException.conflict(
          "You cannot disable yourself or remove your own administrator role; another"
              + " administrator can.");
    }
    Map<String, Object> before = user.auditState();
    user.rename(displayName.strip());
    user.assign(roles);
    user.enable(enabled);
    Changes changes = Changes.between(before, user.auditState());
    if (!changes.isEmpty()) {
      em.flush();
      audit.record(caller.username(), "UPDATE", "User", username, changes, null);
    }
    return user;
  }

  /** A new password set by an administrator; the user's sessions on every node end. */
  public void setPassword(String username, char[] password) {
    Caller caller = admin();
    AppUser user = get(username);
    checkPassword(username, password);
    user.changePassword(hashOf(password), Instants.now());
    audit.record(
        caller.username(),
        "PASSWORD",
        "User",
        username,
        Changes.of("password", "(set)", "(changed)"),
        null);
  }

  /** Lifts a lock that failed sign-ins put on this name. */
  public void unlock(String username) {
    Caller caller = admin();
    get(username);
    lockout.unlock(username);
    audit.record(caller.username(), "UNLOCK", "User", username, Changes.none(), null);
  }

  public boolean isLocked(String username) {
    return lockout.isLocked(username);
  }

  private static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw RapportException.invalid("roles", "give the user at least one role");
    }
    if (!PERSON_ROLES.containsAll(roles)) {
      throw RapportException.invalid(
          "roles", "a person's roles are ACCOUNT_MANAGER, MARKETING and ADMIN");
    }
  }

  private void checkPassword(String username, char[] password) {
    new PasswordPolicy(minPasswordLength)
        .refusal(username, password)
        .ifPresent(
            reason -> {
              throw RapportException.invalid("password", "The password " + reason + ".");
            });
  }

  private String hashOf(char[] password) {
    hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", Integer.toString(iterations)));
    return hash.generate(password);
  }

  /**
   * The user when the password matches and the user may sign in. The password is checked against a
   * hash whether or not the user exists or may sign in (a decoy of the same cost otherwise), so the
   * answer takes as long for an unknown or disabled name as for a wrong password.
   */
  public Optional<AppUser> verify(String username, char[] password) {
    Optional<AppUser> user = find(username);
    boolean matches =
        hash.verify(password, user.map(AppUser::getPasswordHash).orElseGet(this::decoy));
    return user.filter(u -> matches && u.isEnabled());
  }

  // one per server: a hash of a random password, made with the iterations real hashes are made with
  private static volatile String decoy;

  private String decoy() {
    String made = decoy;
    if (made == null) {
      made = hashOf(java.util.UUID.randomUUID().toString().toCharArray());
      decoy = made;
    }
    return made;
  }

  public void preferLanguage(String username, String language) {
    find(username).ifPresent(u -> u.preferLanguage(language));
  }
}
