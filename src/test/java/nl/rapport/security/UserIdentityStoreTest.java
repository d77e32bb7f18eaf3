package nl.rapport.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The remembered sign-in: one slow password check per caller, also when many arrive at once. */
class UserIdentityStoreTest {

  /** A directory whose password check is slow, as PBKDF2 is, and counts its calls. */
  static final class SlowDirectory extends UserDirectory {
    final AtomicInteger checks = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    volatile Standing standing = new Standing(0, true, null);

    @Override
    public Optional<Standing> standing(String username) {
      return Optional.ofNullable(standing);
    }

    @Override
    public Optional<AppUser> verify(String username, char[] password) {
      checks.incrementAndGet();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "rapport".equals(new String(password))
          ? Optional.of(new AppUser(username, username, "hash", Set.of(Role.ACCOUNT_MANAGER)))
          : Optional.empty();
    }
  }

  private static UserIdentityStore store(UserDirectory users, long cacheSeconds) throws Exception {
    UserIdentityStore store = new UserIdentityStore();
    Field f = UserIdentityStore.class.getDeclaredField("users");
    f.setAccessible(true);
    f.set(store, users);
    Field c = UserIdentityStore.class.getDeclaredField("cacheSeconds");
    c.setAccessible(true);
    c.set(store, cacheSeconds);
    Field l = UserIdentityStore.class.getDeclaredField("lockout");
    l.setAccessible(true);
    l.set(store, new SignInLockout(new Buckets(), 5, 900));
    return store;
  }

  private static List<CredentialValidationResult> together(
      UserIdentityStore store, SlowDirectory users, String password) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CredentialValidationResult>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            pool.submit(() -> store.validate(new UsernamePasswordCredential("anna", password))));
      }
      Thread.sleep(300); // all eight are waiting on the first check
      users.release.countDown();
      List<CredentialValidationResult> results = new ArrayList<>();
      for (Future<CredentialValidationResult> call : calls) {
        results.add(call.get(5, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentSignInsWithTheSameCredentialsShareOneCheck() throws Exception {
    SlowDirectory users = new SlowDirectory();
    UserIdentityStore store = store(users, 60);

    List<CredentialValidationResult> results = together(store, users, "rapport");

    assertEquals(1, users.checks.get());
    results.forEach(r -> assertEquals(CredentialValidationResult.Status.VALID, r.getStatus()));
    results.forEach(r -> assertEquals("anna", r.getCallerPrincipal().getName()));
    store.validate(new UsernamePasswordCredential("anna", "rapport"));
    assertEquals(1, users.checks.get(), "remembered afterwards");
  }

  @Test
  void aRememberedSignInIsCheckedAgainOnceTheUserChanged() throws Exception {
    SlowDirectory users = new SlowDirectory();
    users.release.countDown();
    UserIdentityStore store = store(users, 60);
    store.validate(new UsernamePasswordCredential("anna", "rapport"));
    store.validate(new UsernamePasswordCredential("anna", "rapport"));
    assertEquals(1, users.checks.get(), "remembered while unchanged");

    users.standing = new UserDirectory.Standing(1, true, null); // new roles, say
    store.validate(new UsernamePasswordCredential("anna", "rapport"));
    assertEquals(2, users.checks.get(), "a new version is checked again");

    users.standing = new UserDirectory.Standing(2, false, null); // disabled
    store.validate(new UsernamePasswordCredential("anna", "rapport"));
    assertEquals(3, users.checks.get(), "a disabled user is never served from memory");
  }

  @Test
  void aWrongPasswordIsRefusedToEveryoneWhoSentItAndNotRemembered() throws Exception {
    SlowDirectory users = new SlowDirectory();
    UserIdentityStore store = store(users, 60);

    List<CredentialValidationResult> results = together(store, users, "wrong");

    results.forEach(r -> assertEquals(CredentialValidationResult.Status.INVALID, r.getStatus()));
    store.validate(new UsernamePasswordCredential("anna", "wrong"));
    assertEquals(2, users.checks.get(), "a refusal is checked again next time");
  }

  @Test
  void fiveFailuresLockTheNameKnownOrNotAndTheHashStillRunsEveryTime() throws Exception {
    SlowDirectory users = new SlowDirectory();
    users.release.countDown();
    UserIdentityStore store = store(users, 0);

    for (String name : List.of("anna", "nobody")) {
      for (int i = 0; i < 5; i++) {
        assertEquals(
            CredentialValidationResult.Status.INVALID,
            store.validate(new UsernamePasswordCredential(name, "wrong")).getStatus());
      }
    }
    int before = users.checks.get();
    CredentialValidationResult locked =
        store.validate(new UsernamePasswordCredential("anna", "rapport"));

    assertEquals(CredentialValidationResult.Status.INVALID, locked.getStatus(), "locked");
    assertEquals(before + 1, users.checks.get(), "the password is checked also when locked");
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        store.validate(new UsernamePasswordCredential("nobody", "rapport")).getStatus());
    assertEquals(
        CredentialValidationResult.Status.VALID,
        store.validate(new UsernamePasswordCredential("bram", "rapport")).getStatus(),
        "other names are not locked");
  }

  @Test
  void fourFailuresLeaveTheNameOpen() throws Exception {
    SlowDirectory users = new SlowDirectory();
    users.release.countDown();
    UserIdentityStore store = store(users, 0);
    for (int i = 0; i < 4; i++) {
      store.validate(new UsernamePasswordCredential("anna", "wrong"));
    }
    assertEquals(
        CredentialValidationResult.Status.VALID,
        store.validate(new UsernamePasswordCredential("anna", "rapport")).getStatus());
  }
}
