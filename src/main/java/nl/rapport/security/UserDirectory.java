package nl.rapport.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The users who sign in, with hashed passwords (PBKDF2) and roles. */
@Stateless
public class UserDirectory {

  @PersistenceContext private EntityManager em;

  @Inject private Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "rapport.security.pbkdf2-iterations")
  private int iterations;

  public Optional<AppUser> find(String username) {
    return Optional.ofNullable(em.find(AppUser.class, username));
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

  public AppUser create(String username, String displayName, char[] password, Set<Role> roles) {
    hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", Integer.toString(iterations)));
    AppUser user = new AppUser(username, displayName, hash.generate(password), roles);
    em.persist(user);
    return user;
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
      char[] random = java.util.UUID.randomUUID().toString().toCharArray();
      hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", Integer.toString(iterations)));
      made = hash.generate(random);
      decoy = made;
    }
    return made;
  }

  public void preferLanguage(String username, String language) {
    find(username).ifPresent(u -> u.preferLanguage(language));
  }
}
