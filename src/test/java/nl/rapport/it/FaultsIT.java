package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.rapport.it.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults an operator meets: the database stops, hangs or has a table locked, the server is killed
 * in the middle of writes. The suite starts its own Payara Micro node with the database behind a
 * {@link TcpProxy} that the tests turn off and freeze; on the H2 pass the database is an H2 TCP
 * server in this JVM, on the PostgreSQL pass the CI database. Figures are printed for
 * docs/operations.md.
 */
class FaultsIT {

  private static TcpProxy proxy;
  private static org.h2.tools.Server h2;
  private static PayaraNode node;
  private static Map<String, String> env;
  private static String directUrl;
  private static String user;
  private static String password;
  private static boolean postgres;

  @BeforeAll
  static void start() throws Exception {
    String url = System.getenv("RAPPORT_DB_URL");
    user = System.getenv().getOrDefault("RAPPORT_DB_USER", "sa");
    password = System.getenv().getOrDefault("RAPPORT_DB_PASSWORD", "");
    postgres = url != null && url.startsWith("jdbc:postgresql://");
    String proxied;
    if (postgres) {
      URI db = URI.create(url.substring("jdbc:".length()));
      proxy = new TcpProxy(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
      proxied =
          "jdbc:postgresql://127.0.0.1:"
              + proxy.port()
              + db.getRawPath()
              + (db.getRawQuery() == null ? "" : "?" + db.getRawQuery());
      directUrl = url;
    } else {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      h2 = org.h2.tools.Server.createTcpServer("-tcpPort", "" + port, "-ifNotExists").start();
      proxy = new TcpProxy("127.0.0.1", port);
      String database = "/mem:faults;DB_CLOSE_DELAY=-1";
      proxied = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + database;
      directUrl = "jdbc:h2:tcp://127.0.0.1:" + port + database;
      user = "sa";
      password = "";
    }
    env =
        Map.of(
            "RAPPORT_DB_URL",
            proxied,
            "RAPPORT_DB_USER",
            user,
            "RAPPORT_DB_PASSWORD",
            password,
            // as for the other integration tests: whichever starts first on an empty database
            // loads the demo portfolio that the browser tests use
            "RAPPORT_DEMO_DATA",
            "true",
            "RAPPORT_DEMO_ACCOUNTS",
            "true",
            "RAPPORT_WEBHOOKS_ALLOW_PRIVATE_TARGETS",
            "true");
    node = PayaraNode.start("faults", env, List.of("--nocluster"));
  }

  @AfterEach
  void restore() {
    proxy.open();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (h2 != null) {
      h2.stop();
    }
  }

  private static Api anna() {
    return Api.as(node.url(), "anna");
  }

  /** Milliseconds until the API answers 200 again, polling every 100 ms for at most a minute. */
  private static long recovery() throws InterruptedException {
    long start = System.nanoTime();
    while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
      if (anna().get("accounts?size=1").status() == 200) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the API did not recover within a minute");
  }

  private static void assertUnavailable(Reply r) {
    assertEquals(503, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
    assertEquals("5", r.header("Retry-After").orElse(null), "a 503 says when to retry");
  }

  @Test
  void aStoppedDatabaseIs503WithRetryAfterAndRecoversWithoutARestart() throws Exception {
    Api anna = anna();
    String account = anna.createAccount(Api.unique("Storing"), null);
    int logBefore = node.log().length();

    proxy.down();
    List<Reply> during = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      during.add(anna.get("accounts/" + account));
      during.add(
          anna.post(
              "accounts/" + account + "/interactions",
              "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\"}"));
    }
    during.forEach(FaultsIT::assertUnavailable);
    assertEquals(503, node.status("/health/ready"), "not ready while the database is away");
    assertEquals(200, node.status("/health/live"), "but alive");
    String outageLog = node.log().substring(logBefore);
    long outageLines = outageLog.lines().filter(l -> l.contains("Database unavailable")).count();
    long stackLines = outageLog.lines().filter(l -> l.startsWith("\tat ")).count();
    // a log record starts with its date; stack-trace lines and wrapped messages do not
    long records = outageLog.lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2} .*")).count();
    System.out.printf(
        "Database down (%s): %d requests, all 503 with Retry-After; %d log records (%d lines,"
            + " %d bytes, %d stack-trace lines), %d 'Database unavailable' lines%n",
        postgres ? "PostgreSQL" : "H2",
        during.size(),
        records,
        outageLog.lines().count(),
        outageLog.length(),
        stackLines,
        outageLines);
    assertEquals(1, outageLines, "one line for the burst:\n" + outageLog);
    // what remains is the transaction service's warning per broken pooled connection (PostgreSQL
    // closes them), bounded by the pool, never one per request
    assertTrue(records <= 5, "not a record per request:\n" + outageLog);

    proxy.open();
    long recoveredMillis = recovery();
    System.out.printf("Database back: API answered 200 after %d ms%n", recoveredMillis);
    assertTrue(node.log().contains("Database answering again"), "the end of the outage is logged");
    assertEquals(200, anna.get("accounts/" + account).status());
    assertEquals(
        0,
        anna.get("accounts/" + account + "/interactions").json().getInt("total"),
        "nothing half-written during the outage");
    assertEquals(200, node.status("/health/ready"));
  }

  @Test
  void aFrozenDatabaseFailsFastAndBoundedInsteadOfHanging() throws Exception {
    assumeTrue(postgres, "the H2 TCP client has no socket timeout: frozen is tested on PostgreSQL");
    Api anna = anna();
    String account = anna.createAccount(Api.unique("Bevroren"), null);
    proxy.freeze();
    long start = System.nanoTime();
    Reply frozen = anna.get("accounts/" + account);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertUnavailable(frozen);
    long readyStart = System.nanoTime();
    int ready = node.status("/health/ready");
    long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - readyStart);
    System.out.printf(
        "Database frozen: API answered 503 after %d ms; /health/ready %d after %d ms%n",
        waitedMillis, ready, readyMillis);
    assertEquals(503, ready);
    assertTrue(waitedMillis < 40_000, "bounded by the data source's timeouts: " + waitedMillis);
    proxy.open();
    System.out.printf("Database thawed: API answered 200 after %d ms%n", recovery());
  }

  @Test
  void aLockedTableMakesItsRequestsWaitBoundedWhileTheRestWorks() throws Exception {
    Api anna = anna();
    String account = anna.createAccount(Api.unique("Vergrendeld"), null);
    String etag = anna.get("accounts/" + account).header("ETag").orElseThrow();
    try (Connection locker = DriverManager.getConnection(directUrl, user, password)) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        if (postgres) {
          lock.execute("lock table account in access exclusive mode");
        } else {
          lock.execute("select * from account for update");
        }
        long start = System.nanoTime();
        Reply blocked =
            anna.put(
                "accounts/" + account,
                "{\"name\":\"Renamed while locked\"}",
                Map.of("If-Match", etag));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long otherStart = System.nanoTime();
        Reply unrelated = anna.get("brand/values");
        long otherMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - otherStart);
        System.out.printf(
            "Table locked (%s): the change answered %d after %d ms; an unrelated read %d after"
                + " %d ms%n",
            postgres ? "PostgreSQL" : "H2",
            blocked.status(),
            waitedMillis,
            unrelated.status(),
            otherMillis);
        assertTrue(
            blocked.status() == 503 || blocked.status() == 409,
            "a clear refusal, not a hang or a 500: " + blocked);
        assertTrue(blocked.contentType().startsWith("application/problem+json"));
        assertTrue(waitedMillis < 20_000, "bounded by the statement timeout: " + waitedMillis);
        assertEquals(200, unrelated.status(), "other endpoints keep working");
        assertEquals(200, node.status("/health/ready"), "the database itself answers");
      }
      locker.rollback();
    }
    Reply after = anna.get("accounts/" + account);
    assertEquals(etag, after.header("ETag").orElseThrow(), "the refused change left nothing");
  }

  /**
   * The outbox is written in the change's transaction: when that transaction fails at its commit,
   * after the event was recorded, the event goes with it. (PostgreSQL only: H2 has no table lock
   * that holds back an insert.)
   */
  @Test
  void aChangeThatRollsBackAfterItsEventWasRecordedSendsNothing() throws Exception {
    assumeTrue(postgres, "needs LOCK TABLE");
    Api admin = Api.as(node.url(), "admin");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String subscription = receiver.subscribe(admin, "\"account.created\"");
      String refusedName = Api.unique("Rolled back");
      try (Connection locker = DriverManager.getConnection(directUrl, user, password)) {
        locker.setAutoCommit(false);
        try (Statement lock = locker.createStatement()) {
          // plain reads go on; the delivery row, flushed at commit after the event, waits
          lock.execute("lock table webhook_delivery in exclusive mode");
          Reply refused = anna().post("accounts", "{\"name\":\"" + refusedName + "\"}");
          assertTrue(
              refused.status() == 503 || refused.status() == 409,
              "a clear refusal, not a 500: " + refused);
          assertTrue(
              refused.contentType().startsWith("application/problem+json"), refused::toString);
        }
        locker.rollback();
      }
      String kept = anna().createAccount(Api.unique("Committed"), null);
      receiver.awaitReceived(1);
      Thread.sleep(2_000); // in order per subscription: an event before it would have come first
      assertEquals(
          List.of(kept),
          receiver.bodies().stream().map(e -> e.getJsonObject("data").getString("id")).toList(),
          "only the committed change was sent");
      try (Connection db = DriverManager.getConnection(directUrl, user, password);
          java.sql.PreparedStatement left =
              db.prepareStatement(
                  "select (select count(*) from account where name = ?)"
                      + " + (select count(*) from outbox_event where body like ?)")) {
        left.setString(1, refusedName);
        left.setString(2, "%" + refusedName + "%");
        try (java.sql.ResultSet r = left.executeQuery()) {
          r.next();
          assertEquals(0, r.getInt(1), "neither the account nor its event was kept");
        }
      }
      assertEquals(204, admin.delete("webhooks/" + subscription, Map.of()).status());
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
    Api anna = anna();
    String account = anna.createAccount(Api.unique("Kill"), null);
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService writers = Executors.newFixedThreadPool(4);
    for (int w = 0; w < 4; w++) {
      writers.submit(
          () -> {
            while (writing.get()) {
              try {
                Reply r =
                    anna.post(
                        "accounts/" + account + "/interactions",
                        "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\"}");
                if (r.status() == 201) {
                  acknowledged.add(r.json().getString("id"));
                }
              } catch (RuntimeException e) {
                // the server died under this request: it was never acknowledged
              }
            }
          });
    }
    while (acknowledged.size() < 40) {
      Thread.sleep(50);
    }
    node.kill();
    writing.set(false);
    writers.shutdown();
    assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));

    node = PayaraNode.start("faults", env, List.of("--nocluster"));
    Api after = anna();
    int missing = 0;
    for (String id : acknowledged) {
      if (after.get("accounts/" + account + "/interactions/" + id).status() != 200) {
        missing++;
      }
    }
    int stored = after.get("accounts/" + account + "/interactions?size=1").json().getInt("total");
    System.out.printf(
        "kill -9 during writes: %d acknowledged, %d missing after restart, %d stored%n",
        acknowledged.size(), missing, stored);
    assertEquals(0, missing, "every acknowledged write is there");
    assertTrue(stored >= acknowledged.size());
  }
}
