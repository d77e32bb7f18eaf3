package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many writers at once: what one user never sees. Valid concurrent writes are all accepted;
 * concurrent changes of one thing give one winner and clear 409s, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RobustnessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private static Map<Integer, Long> statuses(List<Reply> replies) {
    return replies.stream()
        .collect(Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting()));
  }

  @Test
  void contactMomentsLoggedAtTheSameTimeOnOneAccountAreAllAccepted() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Drukte"), "\"lifecycle\":\"ACTIVE\"");
    String etag = anna.get("accounts/" + account).header("ETag").orElseThrow();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    int writers = 8;
    int rounds = 3;
    for (int round = 0; round < rounds; round++) {
      int r = round;
      List<Reply> replies =
          Api.together(
              writers,
              i ->
                  anna.post(
                      "accounts/" + account + "/interactions",
                      "{\"channel\":\"VISIT\",\"purpose\":\"APPRECIATION\",\"occurredAt\":\""
                          + now.minusSeconds(60L * (r * writers + i)).toString()
                          + "\"}"));
      assertEquals(
          Map.of(201, (long) writers), statuses(replies), "round " + round + ": " + replies);
    }
    int logged = writers * rounds;
    assertEquals(logged, anna.get("accounts/" + account + "/interactions").json().getInt("total"));

    Reply read = anna.get("accounts/" + account);
    assertEquals(etag, read.header("ETag").orElseThrow(), "logging takes no lock on the account");
    JsonObject view = read.json();
    assertEquals(
        now,
        Instant.parse(view.getString("lastPersonalContactAt")),
        "the latest of the concurrent personal contacts is kept");
    JsonObject profile = anna.get("accounts/" + account + "/engagement").json();
    long appreciation =
        profile.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("driver").equals("APPRECIATION"))
            .count();
    assertEquals(logged, appreciation, "the profile counts every moment: none was lost");
    assertEquals(now, Instant.parse(profile.getString("lastPersonalContactAt")));
  }

  @Test
  void concurrentApprovalsOfOneCampaignHaveOneWinnerAndClearConflicts() {
    Api anna = Api.as(base, "anna");
    Api maria = Api.as(base, "maria");
    String industry = "Concurrent " + System.nanoTime();
    String account =
        anna.createAccount(
            Api.unique("Approval"),
            "\"industry\":\"" + industry + "\",\"relationshipType\":\"MARKET_PRICING\"");
    anna.post(
        "accounts/" + account + "/contacts",
        "{\"firstName\":\"A\",\"lastName\":\"B\",\"marketingConsent\":true}");
    String segment =
        maria
            .post(
                "segments",
                "{\"name\":\""
                    + Api.unique("Concurrent")
                    + "\",\"criteria\":{\"industries\":[\""
                    + industry
                    + "\"]}}")
            .json()
            .getString("id");
    String campaign =
        maria
            .post(
                "campaigns",
                "{\"name\":\"Race\",\"values\":[\"Speed\"],\"framing\":\"MARKET_PRICING\","
                    + "\"goal\":\"RETENTION\",\"segmentId\":\""
                    + segment
                    + "\"}")
            .json()
            .getString("id");

    List<Reply> replies =
        Api.together(
            6,
            i ->
                maria.post(
                    "campaigns/" + campaign + "/approve",
                    "{\"override\":true,\"reason\":\"race " + i + "\"}"));
    assertEquals(Map.of(200, 1L, 409, 5L), statuses(replies), replies::toString);
    for (Reply r : replies) {
      if (r.status() == 409) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
        assertTrue(r.json().getString("detail").contains("APPROVED"), r::toString);
      }
    }
    assertEquals(
        "APPROVED", maria.get("campaigns/" + campaign).json().getString("status"), "approved once");
  }

  @Test
  void concurrentDeclarationsOfOneBrandValueCreateItOnce() {
    Api maria = Api.as(base, "maria");
    String name = Api.unique("Eerlijkheid");
    List<Reply> replies =
        Api.together(
            6, i -> maria.post("brand/values", "{\"name\":\"" + name + "\",\"evidence\":\"x\"}"));
    assertEquals(Map.of(201, 1L, 409, 5L), statuses(replies), replies::toString);
    replies.stream()
        .filter(r -> r.status() == 409)
        .forEach(
            r -> assertTrue(r.contentType().startsWith("application/problem+json"), r::toString));
    long declared =
        maria.get("brand/values").items().getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getString("name").equals(name))
            .count();
    assertEquals(1, declared);
  }

  @Test
  void theApiIsStatelessAndNeverForbidsAValidCallerWhoKeepsCookies() {
    CookieManager cookies = new CookieManager();
    Api anna = Api.keepingCookies(base, "anna", cookies);
    String account = anna.createAccount(Api.unique("Stateless"), null);
    List<Reply> replies =
        Api.together(
            6,
            i -> {
              Reply last = null;
              for (int n = 0; n < 20; n++) {
                last = anna.get(n % 2 == 0 ? "accounts/" + account : "accounts?size=5");
                if (last.status() != 200) {
                  return last;
                }
              }
              return last;
            });
    assertEquals(Map.of(200, 6L), statuses(replies), replies::toString);
    Reply one = anna.get("accounts/" + account);
    assertTrue(one.header("Set-Cookie").isEmpty(), "an API call creates no session");
    assertEquals(List.of(), cookies.getCookieStore().getCookies(), "no cookie was ever set");
  }

  @Test
  void anInteractionIsOnlyFoundUnderItsOwnAccount() {
    Api anna = Api.as(base, "anna");
    String first = anna.createAccount(Api.unique("Eerste"), null);
    String second = anna.createAccount(Api.unique("Tweede"), null);
    String interaction =
        anna.post(
                "accounts/" + first + "/interactions",
                "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\"}")
            .json()
            .getString("id");
    assertEquals(200, anna.get("accounts/" + first + "/interactions/" + interaction).status());
    Reply elsewhere = anna.get("accounts/" + second + "/interactions/" + interaction);
    assertEquals(404, elsewhere.status(), elsewhere::toString);
    assertTrue(elsewhere.contentType().startsWith("application/problem+json"));
    assertEquals(
        404,
        Api.as(base, "bram").get("accounts/" + first + "/interactions/" + interaction).status());
  }
}
