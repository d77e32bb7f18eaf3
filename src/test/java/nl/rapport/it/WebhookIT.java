package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks against a real HTTP receiver (the JDK's server, in this test): it verifies each
 * signature as an integrator would, fails on purpose, and records what arrived.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application(
        Map.of(
            "rapport.webhooks.allow-private-targets", "true",
            "rapport.webhooks.retry-seconds", "1,2",
            "rapport.webhooks.max-attempts", "3",
            "rapport.rate-limit.burst", "5000"));
  }

  @ArquillianResource private URL base;

  private static final String SECRET = "whsec_" + "a1b2c3d4e5f6a7b8c9d0";

  /** What reached the receiver: the body, whether its signature held, when. */
  record Received(JsonObject body, boolean signed, long at) {}

  private HttpServer receiver;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failFirst = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          calls.incrementAndGet();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status;
          if (failFirst.getAndDecrement() > 0) {
            status = 503;
          } else {
            String header = exchange.getRequestHeaders().getFirst("Rapport-Signature");
            received.add(
                new Received(
                    Json.createReader(new StringReader(body)).readObject(),
                    verifies(header, body),
                    System.currentTimeMillis()));
            status = 204;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  /** The verification an integrator writes (docs/api.md shows it). */
  static boolean verifies(String header, String body) {
    try {
      Map<String, String> parts = new java.util.HashMap<>();
      for (String part : header.split(",")) {
        String[] kv = part.split("=", 2);
        parts.put(kv[0], kv[1]);
      }
      long t = Long.parseLong(parts.get("t"));
      if (Math.abs(System.currentTimeMillis() / 1000 - t) > 300) {
        return false; // too old: a replay
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return java.security.MessageDigest.isEqual(
          expected, HexFormat.of().parseHex(parts.get("v1")));
    } catch (Exception e) {
      return false;
    }
  }

  private String hook() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private String subscribe(Api api, String events) {
    Reply made =
        api.post(
            "webhooks",
            "{\"url\":\""
                + hook()
                + "\",\"events\":["
                + events
                + "],\"secret\":\""
                + SECRET
                + "\"}");
    assertEquals(201, made.status(), made::toString);
    assertTrue(made.raw().body().indexOf(SECRET) < 0, "the secret is not shown back");
    return made.json().getString("id");
  }

  private void awaitReceived(int count) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (received.size() < count && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertTrue(received.size() >= count, "received " + received.size() + " of " + count);
  }

  @Test
  void signedEventsSurviveAReceiverOutageAndArriveInOrder() throws Exception {
    Api admin = Api.as(base, "admin");
    String subscription = subscribe(admin, "\"account.created\",\"interaction.logged\"");
    failFirst.set(2); // the receiver is down for the first two attempts

    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Webhook"), null);
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"summary\":\"Secret plans\","
                + "\"privateNote\":true}");
    assertEquals(201, logged.status(), logged::toString);
    awaitReceived(2);

    JsonObject created = received.get(0).body();
    JsonObject moment = received.get(1).body();
    assertEquals("account.created", created.getString("type"), "in the order they happened");
    assertEquals(account, created.getJsonObject("data").getString("id"));
    assertEquals("interaction.logged", moment.getString("type"));
    assertTrue(
        moment.getJsonObject("data").isNull("summary"), "a system never reads private notes");
    assertTrue(received.stream().allMatch(Received::signed), "every signature verifies");
    assertNotEquals(created.getString("id"), moment.getString("id"));
    assertEquals(4, calls.get(), "two refused attempts, then one each");

    List<JsonObject> log =
        admin.get("webhooks/" + subscription + "/deliveries").items().getValuesAs(JsonObject.class);
    assertEquals(2, log.size());
    JsonObject first = log.get(1); // newest first
    assertEquals("DELIVERED", first.getString("status"));
    assertEquals(3, first.getInt("attempts"), "retried after 1 s and 2 s: " + first);

    // redelivery sends the same event (same id: the receiver can drop the duplicate)
    Reply again =
        admin.post(
            "webhooks/" + subscription + "/deliveries/" + first.getString("id") + "/redeliver",
            null);
    assertEquals(202, again.status(), again::toString);
    awaitReceived(3);
    assertEquals(created.getString("id"), received.get(2).body().getString("id"));

    assertEquals(204, admin.delete("webhooks/" + subscription, Map.of()).status());
    anna.createAccount(Api.unique("After"), null);
    Thread.sleep(2_500);
    assertEquals(3, received.size(), "nothing after unsubscribing");
  }

  @Test
  void aReceiverThatStaysDownMarksTheSubscriptionFailing() throws Exception {
    Api system = Api.system(base, "webhooks:write");
    String subscription = subscribe(system, "\"account.created\"");
    failFirst.set(1_000);
    Api.as(base, "anna").createAccount(Api.unique("Down"), null);
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonObject mine = null;
    while (System.nanoTime() < until) {
      mine =
          system.get("webhooks").items().getValuesAs(JsonObject.class).stream()
              .filter(w -> w.getString("id").equals(subscription))
              .findFirst()
              .orElseThrow();
      if (mine.getBoolean("failing")) {
        break;
      }
      Thread.sleep(200);
    }
    assertTrue(mine.getBoolean("failing"), mine::toString);
    JsonObject delivery =
        system.get("webhooks/" + subscription + "/deliveries").items().getJsonObject(0);
    assertEquals("FAILED", delivery.getString("status"));
    assertEquals(3, delivery.getInt("attempts"));
    assertEquals(503, delivery.getInt("lastStatus"));
    assertTrue(
        Api.as(base, "admin").get("webhooks").items().getValuesAs(JsonObject.class).stream()
            .anyMatch(w -> w.getString("id").equals(subscription)),
        "an administrator sees every system's subscriptions");
    assertTrue(
        Api.system(base, "webhooks:write").get("webhooks").items().isEmpty(),
        "another system sees only its own");
  }

  @Test
  void subscriptionsAreCheckedAndOnlyForAdministratorsAndSystems() {
    Api admin = Api.as(base, "admin");
    Reply badEvent =
        admin.post(
            "webhooks",
            "{\"url\":\""
                + hook()
                + "\",\"events\":[\"account.deleted\"],\"secret\":\""
                + SECRET
                + "\"}");
    assertEquals(422, badEvent.status(), badEvent::toString);
    assertEquals(List.of("events[0]"), badEvent.problemFields());
    Reply badUrl =
        admin.post(
            "webhooks",
            "{\"url\":\"ftp://example.com/x\",\"events\":[\"account.created\"],\"secret\":\""
                + SECRET
                + "\"}");
    assertEquals(List.of("url"), badUrl.problemFields(), badUrl::toString);
    Reply shortSecret =
        admin.post(
            "webhooks",
            "{\"url\":\"" + hook() + "\",\"events\":[\"account.created\"],\"secret\":\"short\"}");
    assertEquals(400, shortSecret.status());
    assertEquals(List.of("secret"), shortSecret.problemFields());
    assertEquals(403, Api.as(base, "anna").get("webhooks").status());
    assertEquals(403, Api.as(base, "maria").get("webhooks").status());
    assertEquals(403, Api.system(base, "accounts:read").get("webhooks").status());
  }
}
