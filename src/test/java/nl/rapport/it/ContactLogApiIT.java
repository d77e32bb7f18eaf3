package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contact log and complaints over HTTP, on a real Payara Micro and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactLogApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Test
  void theTimelineShowsEveryChannelNewestFirstWithPersonalDerived() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Timeline"), null);
    String path = "accounts/" + account + "/interactions";
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    assertEquals(
        201,
        anna.post(
                path, log("VISIT", "CHECK_IN", now.minus(3, ChronoUnit.DAYS), "\"effortScore\":6"))
            .status());
    assertEquals(
        201,
        anna.post(
                path,
                log("EMAIL", "SERVICE_REQUEST", now.minus(1, ChronoUnit.DAYS), "\"effortScore\":2"))
            .status());
    assertEquals(
        201,
        anna.post(
                path,
                log("SOCIAL_REVIEW", "OTHER", now.minus(2, ChronoUnit.DAYS), "\"npsScore\":10"))
            .status());

    Reply timeline = anna.get(path);
    assertEquals(200, timeline.status());
    assertEquals(3, timeline.json().getInt("total"));
    List<JsonObject> items = timeline.items().getValuesAs(JsonObject.class);
    assertEquals(
        List.of("EMAIL", "SOCIAL_REVIEW", "VISIT"),
        items.stream().map(i -> i.getString("channel")).toList());
    assertEquals(
        List.of(false, false, true), items.stream().map(i -> i.getBoolean("personal")).toList());
    assertEquals("anna", items.get(0).getString("loggedBy"));

    JsonObject accountView = anna.get("accounts/" + account).json();
    assertEquals(
        now.minus(3, ChronoUnit.DAYS),
        Instant.parse(accountView.getString("lastPersonalContactAt")),
        "only personal channels count as personal contact");
  }

  @Test
  void occurredAtDefaultsToNowAndScoresAreChecked() {
    Api anna = Api.as(base, "anna");
    String path = "accounts/" + anna.createAccount(Api.unique("Defaults"), null) + "/interactions";
    Instant before = Instant.now().minusSeconds(1);
    Reply logged =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"APPRECIATION\",\"summary\":\"Birthday call\"}");
    assertEquals(201, logged.status(), logged::toString);
    assertTrue(Instant.parse(logged.json().getString("occurredAt")).isAfter(before));
    assertTrue(logged.json().getBoolean("personal"));
    assertNotNull(logged.header("Location").orElse(null));

    Reply effort =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"effortScore\":8,\"npsScore\":11}");
    assertEquals(400, effort.status());
    assertEquals(List.of("effortScore", "npsScore"), effort.problemFields());
    Reply channel = anna.post(path, "{\"channel\":\"PIGEON\",\"purpose\":\"CHECK_IN\"}");
    assertEquals(400, channel.status());
    assertEquals(List.of("channel"), channel.problemFields());
    Reply missing = anna.post(path, "{\"purpose\":\"CHECK_IN\"}");
    assertEquals(List.of("channel"), missing.problemFields());
    Reply future =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"occurredAt\":\"2099-01-01T00:00:00Z\"}");
    assertEquals(422, future.status());
    assertEquals(List.of("occurredAt"), future.problemFields());
    Reply strangerContact =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"contactId\":\""
                + java.util.UUID.randomUUID()
                + "\"}");
    assertEquals(422, strangerContact.status());
    assertEquals(List.of("contactId"), strangerContact.problemFields());
    assertEquals(1, anna.get(path).json().getInt("total"), "refused requests stored nothing");
  }

  @Test
  void anIdempotencyKeyLogsOnceEvenUnderConcurrentRetries() throws Exception {
    Api anna = Api.as(base, "anna");
    String path =
        "accounts/" + anna.createAccount(Api.unique("Idempotent"), null) + "/interactions";
    String body =
        "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"summary\":\"Coffee at their office\"}";
    Map<String, String> key = Map.of("Idempotency-Key", "visit-" + java.util.UUID.randomUUID());

    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Callable<Reply>> tasks = new java.util.ArrayList<>();
      for (int i = 0; i < callers; i++) {
        tasks.add(
            () -> {
              start.await();
              return anna.post(path, body, key);
            });
      }
      List<Future<Reply>> futures = tasks.stream().map(pool::submit).toList();
      start.countDown();
      Set<String> ids = new HashSet<>();
      int replayed = 0;
      for (Future<Reply> future : futures) {
        Reply reply = future.get(120, TimeUnit.SECONDS);
        assertEquals(201, reply.status(), reply::toString);
        ids.add(reply.json().getString("id"));
        replayed += reply.header("Idempotent-Replayed").isPresent() ? 1 : 0;
      }
      assertEquals(1, ids.size(), "every retry answers with the same interaction");
      assertEquals(callers - 1, replayed);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, anna.get(path).json().getInt("total"), "one row");

    Reply sequential = anna.post(path, body, key);
    assertEquals(201, sequential.status());
    assertEquals("true", sequential.header("Idempotent-Replayed").orElseThrow());
    Reply otherBody = anna.post(path, "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\"}", key);
    assertEquals(422, otherBody.status(), "a key names one request");
    assertEquals(List.of("Idempotency-Key"), otherBody.problemFields());
    assertEquals(1, anna.get(path).json().getInt("total"));
  }

  @Test
  void aCorrectionSupersedesWithoutLosingTheOriginal() {
    Api anna = Api.as(base, "anna");
    String path =
        "accounts/" + anna.createAccount(Api.unique("Correction"), null) + "/interactions";
    String original =
        anna.post(path, "{\"channel\":\"PHONE\",\"purpose\":\"SALES\",\"summary\":\"Typo\"}")
            .json()
            .getString("id");
    Reply corrected =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"summary\":\"Fixed\",\"supersedes\":\""
                + original
                + "\"}");
    assertEquals(201, corrected.status(), corrected::toString);
    Reply timeline = anna.get(path);
    assertEquals(1, timeline.json().getInt("total"));
    assertEquals("Fixed", timeline.items().getJsonObject(0).getString("summary"));
    assertEquals(
        "Typo",
        anna.get(path + "/" + original).json().getString("summary"),
        "the original is kept");
    Reply twice =
        anna.post(
            path,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"supersedes\":\"" + original + "\"}");
    assertEquals(409, twice.status());
  }

  @Test
  void aComplaintInteractionOpensACaseThatIsResolvedOnce() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Complaint"), null);
    Instant opened = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Reply complaint =
        anna.post(
            "accounts/" + account + "/interactions",
            log(
                "PHONE",
                "COMPLAINT",
                opened,
                "\"effortScore\":2,\"summary\":\"Delivery two days late\""));
    assertEquals(201, complaint.status());

    Reply cases = anna.get("accounts/" + account + "/complaints");
    assertEquals(1, cases.json().getInt("total"));
    JsonObject open = cases.items().getJsonObject(0);
    assertEquals("OPEN", open.getString("status"));
    assertEquals(complaint.json().getString("id"), open.getString("interactionId"));
    String id = open.getString("id");

    Reply early =
        anna.post(
            "complaints/" + id + "/resolve",
            "{\"firstContactResolution\":true,\"resolvedAt\":\""
                + opened.minusSeconds(3600)
                + "\"}");
    assertEquals(422, early.status());
    assertEquals(List.of("resolvedAt"), early.problemFields());
    Reply noFlag = anna.post("complaints/" + id + "/resolve", "{\"summary\":\"done\"}");
    assertEquals(400, noFlag.status());
    assertEquals(List.of("firstContactResolution"), noFlag.problemFields());
    assertEquals(
        404,
        Api.as(base, "bram")
            .post("complaints/" + id + "/resolve", "{\"firstContactResolution\":true}")
            .status());

    Reply resolved =
        anna.post(
            "complaints/" + id + "/resolve",
            "{\"firstContactResolution\":true,\"resolvedAt\":\""
                + opened.plus(2, ChronoUnit.HOURS)
                + "\",\"summary\":\"New part sent\"}");
    assertEquals(200, resolved.status(), resolved::toString);
    assertEquals("RESOLVED", resolved.json().getString("status"));
    assertEquals("GOOD", resolved.json().getString("recoveryQuality"));
    assertEquals(2, resolved.json().getInt("timeToResolveHours"));

    Reply again = anna.post("complaints/" + id + "/resolve", "{\"firstContactResolution\":false}");
    assertEquals(409, again.status());
    assertEquals(
        "GOOD",
        anna.get("accounts/" + account + "/complaints")
            .items()
            .getJsonObject(0)
            .getString("recoveryQuality"));
  }

  @Test
  void marketingReadsTheTimelineButCannotLog() {
    Api anna = Api.as(base, "anna");
    String path = "accounts/" + anna.createAccount(Api.unique("Read only"), null) + "/interactions";
    anna.post(path, "{\"channel\":\"EVENT\",\"purpose\":\"SPECIAL_EXPERIENCE\"}");
    Api maria = Api.as(base, "maria");
    assertEquals(1, maria.get(path).json().getInt("total"));
    Reply write = maria.post(path, "{\"channel\":\"EMAIL\",\"purpose\":\"SALES\"}");
    assertEquals(403, write.status());
    assertFalse(write.json().getString("detail").isBlank());
    assertEquals(1, anna.get(path).json().getInt("total"));
  }

  @Test
  void healthOpenApiAndMetricsAreServed() throws Exception {
    URL root = new URL(base, "/");
    Reply ready = Api.anonymous(root).send("GET", "../../health/ready", null, Map.of());
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    Reply openapi = Api.anonymous(root).send("GET", "../../openapi", null, Map.of());
    assertEquals(200, openapi.status());
    String spec = openapi.raw().body();
    for (String path :
        List.of(
            "/accounts",
            "/accounts/{id}/interactions",
            "/accounts/{id}/relationship",
            "/complaints/{id}/resolve",
            "/contacts/{id}",
            "/accounts/{id}/complaints")) {
      assertTrue(spec.contains(path), "OpenAPI documents " + path);
    }
    Reply metrics =
        Api.anonymous(root).send("GET", "../../metrics", null, Map.of("Accept", "text/plain"));
    assertEquals(200, metrics.status(), metrics::toString);
    assertTrue(
        metrics.raw().body().contains("interactions_logged"),
        "the contact log counts what it logs");
  }

  @Test
  void followUpsAreTasksThatSystemsAndPeopleMarkDoneOrReschedule() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Taken BV"), null);
    java.time.LocalDate yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"SALES\",\"summary\":\"Send the offer\","
                + "\"followUpDate\":\""
                + yesterday
                + "\"}");
    assertEquals(201, logged.status(), logged::toString);
    String id = logged.json().getString("id");
    JsonObject task = followUp(anna, id);
    assertEquals(yesterday.toString(), task.getString("dueDate"));
    assertEquals("Send the offer", task.getString("summary"));
    assertFalse(task.getBoolean("done"));

    Reply past =
        anna.post(
            "follow-ups/" + id + "/reschedule", "{\"dueDate\":\"" + yesterday.minusDays(1) + "\"}");
    assertEquals(422, past.status(), past::toString);
    assertEquals(List.of("dueDate"), past.problemFields());
    Reply garbled = anna.post("follow-ups/" + id + "/reschedule", "{\"dueDate\":\"soon\"}");
    assertEquals(400, garbled.status(), garbled::toString);
    assertTrue(garbled.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("dueDate"), garbled.problemFields());
    java.time.LocalDate later = yesterday.plusDays(10);
    Reply moved = anna.post("follow-ups/" + id + "/reschedule", "{\"dueDate\":\"" + later + "\"}");
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(
        later.toString(), followUp(anna, id).getString("dueDate"), "still open, due later");

    assertEquals(404, Api.as(base, "bram").post("follow-ups/" + id + "/done", null).status());
    Reply done = anna.post("follow-ups/" + id + "/done", null);
    assertEquals(200, done.status(), done::toString);
    assertTrue(done.json().getBoolean("done"));
    assertEquals("anna", done.json().getString("doneBy"));
    Reply again = anna.post("follow-ups/" + id + "/done", null);
    assertEquals(409, again.status(), again::toString);
    assertTrue(again.contentType().startsWith("application/problem+json"));
    assertTrue(
        anna.get("follow-ups").value().asJsonArray().getValuesAs(JsonObject.class).stream()
            .noneMatch(f -> f.getString("interactionId").equals(id)),
        "done: no longer listed");
  }

  private static JsonObject followUp(Api who, String interactionId) {
    Reply open = who.get("follow-ups");
    assertEquals(200, open.status(), open::toString);
    return open.value().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("interactionId").equals(interactionId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not listed: " + open));
  }

  private static String log(String channel, String purpose, Instant at, String extra) {
    return "{\"channel\":\""
        + channel
        + "\",\"purpose\":\""
        + purpose
        + "\",\"occurredAt\":\""
        + at
        + "\""
        + (extra == null ? "" : "," + extra)
        + "}";
  }
}
