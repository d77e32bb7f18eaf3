package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

  private WebhookReceiver receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void signedEventsSurviveAReceiverOutageAndArriveInOrder() throws Exception {
    Api admin = Api.as(base, "admin");
    String subscription = receiver.subscribe(admin, "\"account.created\",\"interaction.logged\"");
    receiver.failFirst.set(2); // the receiver is down for the first two attempts

    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Webhook"), null);
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"summary\":\"Secret plans\","
                + "\"privateNote\":true}");
    assertEquals(201, logged.status(), logged::toString);
    receiver.awaitReceived(2);

    JsonObject created = receiver.received.get(0).body();
    JsonObject moment = receiver.received.get(1).body();
    assertEquals("account.created", created.getString("type"), "in the order they happened");
    assertEquals(account, created.getJsonObject("data").getString("id"));
    assertEquals("interaction.logged", moment.getString("type"));
    assertTrue(
        moment.getJsonObject("data").isNull("summary"), "a system never reads private notes");
    assertTrue(
        receiver.received.stream().allMatch(WebhookReceiver.Received::signed),
        "every signature verifies");
    assertTrue(
        receiver.received.stream().allMatch(WebhookReceiver.Received::named),
        "the headers name each event");
    assertNotEquals(created.getString("id"), moment.getString("id"));
    assertEquals(4, receiver.calls.get(), "two refused attempts, then one each");

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
    receiver.awaitReceived(3);
    assertEquals(created.getString("id"), receiver.received.get(2).body().getString("id"));

    assertEquals(204, admin.delete("webhooks/" + subscription, Map.of()).status());
    anna.createAccount(Api.unique("After"), null);
    Thread.sleep(2_500);
    assertEquals(3, receiver.received.size(), "nothing after unsubscribing");
  }

  @Test
  void aCampaignsApprovalAndTheConversionItFramesAreSent() throws Exception {
    Api admin = Api.as(base, "admin");
    String subscription =
        receiver.subscribe(admin, "\"campaign.approved\",\"relationship.changed\"");
    Api anna = Api.as(base, "anna");
    Api maria = Api.as(base, "maria");
    String industry = Api.unique("Hooked industry");
    String prospect =
        anna.createAccount(Api.unique("Prospect"), "\"industry\":\"" + industry + "\"");
    Reply consenting =
        anna.post(
            "accounts/" + prospect + "/contacts",
            "{\"firstName\":\"Ina\",\"lastName\":\"Hook\",\"marketingConsent\":true}");
    assertEquals(
        201, consenting.status(), "a campaign reaches accounts with consent: " + consenting);
    maria.post("brand/values", "{\"name\":\"Care\",\"evidence\":\"A named care contact\"}");
    Reply segment =
        maria.post(
            "segments",
            "{\"name\":\""
                + Api.unique("Hooked")
                + "\",\"criteria\":{\"industries\":[\""
                + industry
                + "\"]}}");
    assertEquals(201, segment.status(), segment::toString);
    String campaign =
        maria
            .post(
                "campaigns",
                "{\"name\":\"Welcome\",\"values\":[\"Care\"],\"framing\":\"COMMUNAL_SHARING\","
                    + "\"goal\":\"ACQUISITION\",\"segmentId\":\""
                    + segment.json().getString("id")
                    + "\"}")
            .json()
            .getString("id");
    Reply approved =
        maria.post(
            "campaigns/" + campaign + "/approve",
            "{\"override\":true,\"reason\":\"test audience\"}");
    assertEquals(200, approved.status(), approved::toString);
    String member =
        maria.get("campaigns/" + campaign + "/members").items().getJsonObject(0).getString("id");
    String path = "campaigns/" + campaign + "/members/" + member;
    assertEquals(200, maria.put(path, "{\"status\":\"SENT\"}", Map.of()).status());
    assertEquals(200, maria.put(path, "{\"status\":\"CONVERTED\"}", Map.of()).status());
    receiver.awaitReceived(2);

    assertEquals("campaign.approved", receiver.received.get(0).body().getString("type"));
    assertEquals(campaign, receiver.received.get(0).body().getJsonObject("data").getString("id"));
    JsonObject framed = receiver.received.get(1).body();
    assertEquals("relationship.changed", framed.getString("type"), "the conversion frames it");
    assertEquals(prospect, framed.getJsonObject("data").getString("accountId"));
    assertEquals("UNFRAMED", framed.getJsonObject("data").getString("from"));
    assertEquals("COMMUNAL_SHARING", framed.getJsonObject("data").getString("to"));
    assertEquals(204, admin.delete("webhooks/" + subscription, Map.of()).status());
  }

  @Test
  void aReceiverThatStaysDownMarksTheSubscriptionFailing() throws Exception {
    Api system = Api.system(base, "webhooks:write");
    String subscription = receiver.subscribe(system, "\"account.created\"");
    receiver.failFirst.set(1_000);
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
                + receiver.url()
                + "\",\"events\":[\"account.deleted\"],\"secret\":\""
                + WebhookReceiver.SECRET
                + "\"}");
    assertEquals(422, badEvent.status(), badEvent::toString);
    assertEquals(List.of("events[0]"), badEvent.problemFields());
    Reply badUrl =
        admin.post(
            "webhooks",
            "{\"url\":\"ftp://example.com/x\",\"events\":[\"account.created\"],\"secret\":\""
                + WebhookReceiver.SECRET
                + "\"}");
    assertEquals(List.of("url"), badUrl.problemFields(), badUrl::toString);
    Reply shortSecret =
        admin.post(
            "webhooks",
            "{\"url\":\""
                + receiver.url()
                + "\",\"events\":[\"account.created\"],\"secret\":\"short\"}");
    assertEquals(400, shortSecret.status());
    assertEquals(List.of("secret"), shortSecret.problemFields());
    assertEquals(403, Api.as(base, "anna").get("webhooks").status());
    assertEquals(403, Api.as(base, "maria").get("webhooks").status());
    assertEquals(403, Api.system(base, "accounts:read").get("webhooks").status());
  }
}
