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
    // the moments are of one kind, so the evidence is one row that says how many it holds
    List<String> appreciation =
        profile.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("driver").equals("APPRECIATION"))
            .map(e -> e.getString("reason"))
            .toList();
    assertEquals(
        List.of("Appreciation shown: " + logged + " moments, the latest Visit, Appreciation"),
        appreciation,
        "the profile counts every moment: none was lost");
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

  /** One malformed request and what the answer must blame (null: any field, or none). */
  private record Bad(
      String method,
      String path,
      String body,
      Map<String, String> headers,
      int status,
      String field) {
    Bad(String method, String path, String body, int status, String field) {
      this(method, path, body, Map.of(), status, field);
    }
  }

  @Test
  void malformedRequestsGetAClearProblemNeverA500AndChangeNothing() {
    Api anna = Api.as(base, "anna");
    Api maria = Api.as(base, "maria");
    String industry = "Corpus " + System.nanoTime();
    String account =
        anna.createAccount(
            "=HYPERLINK(1) " + Api.unique("Corpus"),
            "\"industry\":\"" + industry + "\",\"relationshipType\":\"MARKET_PRICING\"");
    String accountEtag = anna.get("accounts/" + account).header("ETag").orElseThrow();
    Reply contactReply =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"@Kees\",\"lastName\":\"-Smit\",\"marketingConsent\":true}");
    String contact = contactReply.json().getString("id");
    String contactEtag = contactReply.header("ETag").orElseThrow();
    anna.post(
        "accounts/" + account + "/interactions",
        "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\"}");
    String complaint =
        anna.get("accounts/" + account + "/complaints").items().getJsonObject(0).getString("id");
    String segment =
        maria
            .post(
                "segments",
                "{\"name\":\""
                    + Api.unique("Corpus")
                    + "\",\"criteria\":{\"industries\":[\""
                    + industry
                    + "\"]}}")
            .json()
            .getString("id");
    Reply campaignReply =
        maria.post(
            "campaigns",
            "{\"name\":\"Corpus\",\"values\":[\"Care\"],\"framing\":\"MARKET_PRICING\","
                + "\"goal\":\"RETENTION\",\"segmentId\":\""
                + segment
                + "\"}");
    String campaign = campaignReply.json().getString("id");
    String campaignEtag = campaignReply.header("ETag").orElseThrow();

    String deepArray = "[".repeat(5000) + "]".repeat(5000);
    String deepObject = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
    String long101 = "x".repeat(101);
    String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    Map<String, String> ifAccount = Map.of("If-Match", accountEtag);
    Map<String, String> ifContact = Map.of("If-Match", contactEtag);
    Map<String, String> ifCampaign = Map.of("If-Match", campaignEtag);
    String accounts = "accounts";
    String one = "accounts/" + account;
    String contacts = one + "/contacts";
    String interactions = one + "/interactions";
    String campaignPath = "campaigns/" + campaign;

    List<Bad> corpus = new java.util.ArrayList<>();
    for (String[] target :
        new String[][] {
          {"POST", accounts},
          {"PUT", one},
          {"POST", contacts},
          {"PUT", "contacts/" + contact},
          {"POST", interactions},
          {"POST", one + "/relationship"},
          {"POST", "complaints/" + complaint + "/resolve"},
          {"POST", "segments"},
          {"PUT", "segments/" + segment},
          {"POST", "segments/preview"},
          {"POST", "brand/values"},
          {"POST", "brand/competitor-claims"},
          {"POST", "campaigns"},
          {"PUT", campaignPath},
          {"POST", campaignPath + "/approve"},
          {"POST", one + "/engagement/brand-assessments"}
        }) {
      Map<String, String> headers =
          target[1].equals(one)
              ? ifAccount
              : target[1].startsWith("contacts/")
                  ? ifContact
                  : target[1].equals(campaignPath) ? ifCampaign : Map.of();
      corpus.add(new Bad(target[0], target[1], deepArray, headers, 400, "body"));
      corpus.add(new Bad(target[0], target[1], deepObject, headers, 400, "body"));
      corpus.add(new Bad(target[0], target[1], "{\"name\":", headers, 400, "body"));
      corpus.add(new Bad(target[0], target[1], "[1,2]", headers, 400, "body"));
      corpus.add(new Bad(target[0], target[1], huge, headers, 413, "body"));
    }
    // booleans: "yes" and 7 are not true
    for (String yes : List.of("\"yes\"", "7", "\"true\"")) {
      corpus.add(
          new Bad(
              "POST",
              accounts,
              "{\"name\":\"B\",\"communityMember\":" + yes + "}",
              400,
              "communityMember"));
      corpus.add(
          new Bad(
              "POST",
              contacts,
              "{\"firstName\":\"A\",\"lastName\":\"B\",\"marketingConsent\":" + yes + "}",
              400,
              "marketingConsent"));
      corpus.add(
          new Bad(
              "POST",
              "campaigns",
              "{\"name\":\"C\",\"values\":[\"Care\"],\"framing\":\"MARKET_PRICING\",\"goal\":\"RETENTION\",\"segmentId\":\""
                  + segment
                  + "\",\"financialIncentive\":"
                  + yes
                  + "}",
              400,
              "financialIncentive"));
      corpus.add(
          new Bad(
              "POST",
              campaignPath + "/approve",
              "{\"override\":" + yes + ",\"reason\":\"r\"}",
              400,
              "override"));
      corpus.add(
          new Bad(
              "POST",
              "complaints/" + complaint + "/resolve",
              "{\"firstContactResolution\":" + yes + "}",
              400,
              "firstContactResolution"));
      corpus.add(
          new Bad(
              "POST",
              "segments/preview",
              "{\"communityMember\":" + yes + "}",
              400,
              "communityMember"));
    }
    // whole numbers out of range or not numbers
    for (String n :
        List.of("4294967297", "18446744073709551616", "1e400", "2.5", "\"7\"", "-1e400")) {
      corpus.add(
          new Bad(
              "POST",
              interactions,
              "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"effortScore\":" + n + "}",
              400,
              "effortScore"));
      corpus.add(
          new Bad(
              "POST",
              one + "/engagement/brand-assessments",
              "{\"score\":" + n + "}",
              400,
              "score"));
      corpus.add(
          new Bad(
              "POST",
              "segments/preview",
              "{\"minEngagementScore\":" + n + "}",
              400,
              "minEngagementScore"));
    }
    // dates beyond four-digit years or not dates
    for (String d :
        List.of("\"999999999-01-01\"", "\"+999999999-01-01\"", "\"2026-02-30\"", "20260101")) {
      corpus.add(
          new Bad(
              "POST",
              accounts,
              "{\"name\":\"D\",\"customerSince\":" + d + "}",
              400,
              "customerSince"));
      corpus.add(
          new Bad(
              "POST",
              contacts,
              "{\"firstName\":\"A\",\"lastName\":\"B\",\"birthday\":" + d + "}",
              400,
              "birthday"));
      corpus.add(
          new Bad(
              "POST",
              interactions,
              "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"followUpDate\":" + d + "}",
              400,
              "followUpDate"));
      corpus.add(
          new Bad(
              "POST",
              "segments/preview",
              "{\"lastPersonalContactBefore\":" + d + "}",
              400,
              "lastPersonalContactBefore"));
    }
    corpus.add(
        new Bad(
            "POST",
            interactions,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"occurredAt\":\"+999999999-01-01T00:00:00Z\"}",
            400,
            "occurredAt"));
    // text where text belongs
    corpus.add(new Bad("POST", accounts, "{\"name\":42}", 400, "name"));
    corpus.add(
        new Bad("POST", contacts, "{\"firstName\":\"A\",\"lastName\":[\"B\"]}", 400, "lastName"));
    // list elements: longer than their column, or null
    corpus.add(
        new Bad(
            "POST",
            "brand/competitor-claims",
            "{\"competitor\":\"X\",\"values\":[\"" + long101 + "\"]}",
            400,
            "values[0]"));
    corpus.add(
        new Bad(
            "POST",
            "brand/competitor-claims",
            "{\"competitor\":\"X\",\"values\":[\"ok\",null]}",
            400,
            "values[1]"));
    corpus.add(
        new Bad(
            "POST",
            "campaigns",
            "{\"name\":\"C\",\"values\":[\""
                + long101
                + "\"],\"framing\":\"MARKET_PRICING\",\"goal\":\"RETENTION\",\"segmentId\":\""
                + segment
                + "\"}",
            400,
            "values[0]"));
    corpus.add(
        new Bad(
            "POST",
            "campaigns",
            "{\"name\":\"C\",\"values\":[null],\"framing\":\"MARKET_PRICING\",\"goal\":\"RETENTION\",\"segmentId\":\""
                + segment
                + "\"}",
            400,
            "values[0]"));
    corpus.add(
        new Bad(
            "POST",
            "segments/preview",
            "{\"industries\":[\"" + long101 + "\"]}",
            400,
            "industries[0]"));
    corpus.add(
        new Bad("POST", "segments/preview", "{\"industries\":[null]}", 400, "industries[0]"));
    corpus.add(
        new Bad(
            "POST",
            "segments",
            "{\"name\":\"S\",\"criteria\":{\"owners\":[\"" + "y".repeat(65) + "\"]}}",
            400,
            "criteria.owners[0]"));
    corpus.add(new Bad("POST", accounts, "{\"name\":\"T\",\"team\":[null]}", 400, "team[0]"));
    corpus.add(
        new Bad(
            "POST",
            accounts,
            "{\"name\":\"T\",\"team\":[\"" + "z".repeat(65) + "\"]}",
            400,
            "team[0]"));
    corpus.add(new Bad("POST", "brand/values", "{\"name\":\"" + long101 + "\"}", 400, "name"));
    // paging far beyond any list: no int overflow
    for (String list :
        List.of(
            "accounts",
            interactions,
            "segments/" + segment + "/members",
            "campaigns/" + campaign + "/members")) {
      corpus.add(new Bad("GET", list + "?page=2147483647&size=200", null, 400, "page"));
      corpus.add(new Bad("GET", list + "?page=10737419&size=200", null, 400, "page"));
      corpus.add(new Bad("GET", list + "?page=2147483648", null, 400, "page"));
      corpus.add(new Bad("GET", list + "?size=-1", null, 400, "size"));
    }
    // ids and headers
    corpus.add(new Bad("GET", "accounts/" + account + "x", null, 404, null));
    corpus.add(new Bad("GET", "accounts/%20" + account, null, 404, null));
    corpus.add(
        new Bad(
            "POST",
            interactions,
            "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\"}",
            Map.of("Idempotency-Key", "a b"),
            400,
            "Idempotency-Key"));

    int serverErrors = 0;
    List<String> wrong = new java.util.ArrayList<>();
    for (Bad bad : corpus) {
      Reply r;
      try {
        r = anyone(anna, maria, bad).send(bad.method(), bad.path(), bad.body(), bad.headers());
      } catch (java.io.UncheckedIOException e) {
        wrong.add(bad.method() + " " + bad.path() + " " + abbreviate(bad.body()) + " -> " + e);
        continue;
      }
      if (r.status() >= 500) {
        serverErrors++;
      }
      boolean ok =
          r.status() == bad.status()
              && r.contentType().startsWith("application/problem+json")
              && (bad.field() == null || r.problemFields().contains(bad.field()));
      if (!ok) {
        wrong.add(
            bad.method()
                + " "
                + bad.path()
                + " "
                + abbreviate(bad.body())
                + " -> "
                + r.status()
                + " "
                + r.problemFields()
                + " "
                + abbreviate(r.raw().body()));
      }
    }
    // Payara's connector refuses these before any application code runs (CoyoteAdapter: "Invalid
    // URI", header validation of FISH-9690): a 400 with an empty body, never a 5xx
    List<Bad> refusedByPayara =
        List.of(
            new Bad("GET", "accounts/%00", null, 400, null),
            new Bad("GET", "accounts/" + account + "%00", null, 400, null),
            new Bad(
                "POST",
                interactions,
                "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\"}",
                Map.of("Idempotency-Key", "sleutel\u00e9"),
                400,
                null));
    for (Bad bad : refusedByPayara) {
      Reply r = anna.send(bad.method(), bad.path(), bad.body(), bad.headers());
      serverErrors += r.status() >= 500 ? 1 : 0;
      if (r.status() != 400) {
        wrong.add(bad.method() + " " + bad.path() + " -> " + r.status());
      }
    }
    System.out.println(
        "Malformed-input corpus: "
            + corpus.size()
            + " requests, "
            + serverErrors
            + " answered 5xx");
    assertEquals(0, serverErrors, "no 5xx: " + wrong);
    assertEquals(List.of(), wrong);

    Reply after = anna.get("accounts/" + account);
    assertEquals(accountEtag, after.header("ETag").orElseThrow(), "the account is unchanged");
    assertEquals(1, anna.get(contacts).json().getInt("total"), "no contact was added");
    assertEquals(1, anna.get(interactions).json().getInt("total"), "no interaction was logged");
    assertEquals("DRAFT", maria.get(campaignPath).json().getString("status"));

    // exported, the formula-looking names are plain text
    Reply csv =
        maria.send(
            "GET", "segments/" + segment + "/members.csv", null, Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status());
    String body = csv.raw().body();
    assertTrue(body.contains("'=HYPERLINK(1)"), body);
    assertTrue(body.contains("'@Kees") && body.contains("'-Smit"), body);
  }

  /** Marketing's endpoints as maria, the rest as anna. */
  private static Api anyone(Api anna, Api maria, Bad bad) {
    return bad.path().startsWith("segments")
            || bad.path().startsWith("brand")
            || bad.path().startsWith("campaigns")
        ? maria
        : anna;
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
