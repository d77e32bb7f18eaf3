package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engagement engine through the API, on twin accounts that differ in one thing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngagementApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private static String ago(int days) {
    return Instant.now().minus(Duration.ofDays(days)).toString();
  }

  private static String moment(String channel, String purpose, int daysAgo, String extra) {
    return "{\"channel\":\""
        + channel
        + "\",\"purpose\":\""
        + purpose
        + "\",\"occurredAt\":\""
        + ago(daysAgo)
        + "\""
        + (extra == null ? "" : "," + extra)
        + "}";
  }

  private String twin(Api api, String name) {
    String id =
        api.createAccount(
            Api.unique(name), "\"relationshipType\":\"MARKET_PRICING\",\"lifecycle\":\"ACTIVE\"");
    assertEquals(
        201,
        api.post(
                "accounts/" + id + "/interactions",
                moment("VISIT", "CHECK_IN", 30, "\"effortScore\":6"))
            .status());
    return id;
  }

  private JsonObject profile(Api api, String account) {
    Reply reply = api.get("accounts/" + account + "/engagement");
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  @Test
  void theProfileHasTheContractShapeAndUnknownIsNull() {
    Api anna = Api.as(base, "anna");
    String fresh = anna.createAccount(Api.unique("Unknown"), null);
    JsonObject p = profile(anna, fresh);
    for (String key :
        List.of(
            "identificationScore",
            "experienceScore",
            "participationScore",
            "appreciationScore",
            "sensationScore",
            "relationalRelevanceScore",
            "engagementScore",
            "engagementLevel")) {
      assertTrue(
          p.containsKey(key) && p.isNull(key), key + " is null when there is no evidence: " + p);
    }
    assertEquals("LOW", p.getString("churnRiskBucket"));
    assertNotNull(p.getString("computedAt"));
    assertEquals(404, Api.as(base, "bram").get("accounts/" + fresh + "/engagement").status());
  }

  @Test
  void aWellRecoveredComplaintBeatsNeverHavingOne() {
    Api anna = Api.as(base, "anna");
    String calm = twin(anna, "Calm");
    String recovered = twin(anna, "Recovered");
    String complaint =
        anna.post(
                "accounts/" + recovered + "/interactions",
                moment("PHONE", "COMPLAINT", 10, "\"effortScore\":2"))
            .json()
            .getString("id");
    String caseId =
        anna.get("accounts/" + recovered + "/complaints").items().getJsonObject(0).getString("id");
    JsonObject whileOpen = profile(anna, recovered);
    assertTrue(
        whileOpen.getInt("churnRiskScore") >= profile(anna, calm).getInt("churnRiskScore") + 30,
        "an open complaint is a strong churn signal");
    assertTrue(
        whileOpen.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    "evidence.churn.openComplaint".equals(e.getString("code"))
                        && complaint.equals(e.getString("interactionId"))));

    Reply resolved =
        anna.post(
            "complaints/" + caseId + "/resolve",
            "{\"firstContactResolution\":true,\"resolvedAt\":\""
                + Instant.now().minus(Duration.ofDays(10)).plus(Duration.ofHours(3))
                + "\"}");
    assertEquals("GOOD", resolved.json().getString("recoveryQuality"));
    JsonObject after = profile(anna, recovered);
    JsonObject twin = profile(anna, calm);
    assertTrue(
        after.getInt("experienceScore") > twin.getInt("experienceScore"),
        after.getInt("experienceScore") + " vs " + twin.getInt("experienceScore"));
    assertTrue(
        after.getInt("engagementScore") > twin.getInt("engagementScore"),
        "the service recovery paradox");
  }

  @Test
  void aCorrectedMomentLeavesTheScoresAndRepeatsAreCounted() {
    Api anna = Api.as(base, "anna");
    String account = twin(anna, "Corrected");
    String rough =
        anna.post(
                "accounts/" + account + "/interactions",
                moment("PHONE", "SERVICE_REQUEST", 3, "\"effortScore\":2"))
            .json()
            .getString("id");
    JsonObject before = profile(anna, account);
    assertTrue(codes(before).contains("evidence.churn.highEffort"), before::toString);

    // the call was in fact easy: the correction replaces the high-effort version in the scores
    Reply corrected =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"SERVICE_REQUEST\",\"effortScore\":7,"
                + "\"occurredAt\":\""
                + ago(3)
                + "\",\"supersedes\":\""
                + rough
                + "\"}");
    assertEquals(201, corrected.status(), corrected::toString);
    JsonObject after = profile(anna, account);
    assertFalse(codes(after).contains("evidence.churn.highEffort"), after::toString);
    assertEquals(0, after.getInt("churnRiskScore"), after::toString);
    assertTrue(after.getInt("experienceScore") > before.getInt("experienceScore"));

    // three community moments are one evidence row that says how many
    for (int daysAgo : new int[] {9, 6, 2}) {
      assertEquals(
          201,
          anna.post(
                  "accounts/" + account + "/interactions",
                  moment("COMMUNITY", "OTHER", daysAgo, null))
              .status());
    }
    JsonObject community = profile(anna, account);
    List<JsonObject> rows =
        community.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("code").startsWith("evidence.participation"))
            .toList();
    assertEquals(1, rows.size(), community::toString);
    assertEquals("evidence.participation.repeated", rows.get(0).getString("code"));
    assertTrue(rows.get(0).getString("reason").contains("3"), rows.get(0)::toString);
  }

  private static List<String> codes(JsonObject profile) {
    return profile.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("code"))
        .toList();
  }

  @Test
  void csatDoesNotMoveEngagementOrChurn() {
    Api anna = Api.as(base, "anna");
    String unhappy = twin(anna, "Csat one");
    String happy = twin(anna, "Csat five");
    anna.post(
        "accounts/" + unhappy + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 5, "\"effortScore\":5,\"csatScore\":1"));
    anna.post(
        "accounts/" + happy + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 5, "\"effortScore\":5,\"csatScore\":5"));
    JsonObject a = profile(anna, unhappy);
    JsonObject b = profile(anna, happy);
    assertEquals(a.getInt("experienceScore"), b.getInt("experienceScore"));
    assertEquals(a.getInt("engagementScore"), b.getInt("engagementScore"));
    assertEquals(a.getInt("churnRiskScore"), b.getInt("churnRiskScore"));
  }

  @Test
  void peakEndOrderMattersThroughTheApi() {
    Api anna = Api.as(base, "anna");
    String goodEnd = anna.createAccount(Api.unique("Good end"), null);
    String badEnd = anna.createAccount(Api.unique("Bad end"), null);
    anna.post(
        "accounts/" + goodEnd + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 40, "\"effortScore\":2"));
    anna.post(
        "accounts/" + goodEnd + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 4, "\"effortScore\":7"));
    anna.post(
        "accounts/" + badEnd + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 40, "\"effortScore\":7"));
    anna.post(
        "accounts/" + badEnd + "/interactions",
        moment("PHONE", "SERVICE_REQUEST", 4, "\"effortScore\":2"));
    assertTrue(
        profile(anna, goodEnd).getInt("experienceScore")
            > profile(anna, badEnd).getInt("experienceScore"));
  }

  @Test
  void assessmentsFlagsAndReferralsFeedIdentificationAndAdvocacy() {
    Api anna = Api.as(base, "anna");
    String id = anna.createAccount(Api.unique("Brand fit"), null);
    Reply bad = anna.post("accounts/" + id + "/engagement/brand-assessments", "{\"score\":6}");
    assertEquals(400, bad.status());
    assertEquals(List.of("score"), bad.problemFields());
    assertEquals(
        403,
        Api.as(base, "maria")
            .post("accounts/" + id + "/engagement/brand-assessments", "{\"score\":4}")
            .status());

    Reply assessed =
        anna.post(
            "accounts/" + id + "/engagement/brand-assessments",
            "{\"score\":4,\"note\":\"Shares our care values\"}");
    assertEquals(201, assessed.status(), assessed::toString);
    assertEquals(75, profile(anna, id).getInt("identificationScore"));

    Reply account = anna.get("accounts/" + id);
    Reply flagged =
        anna.put(
            "accounts/" + id,
            "{\"name\":\"" + account.json().getString("name") + "\",\"communityMember\":true}",
            java.util.Map.of("If-Match", account.header("ETag").orElseThrow()));
    assertEquals(200, flagged.status(), flagged::toString);
    JsonObject withFlag = profile(anna, id);
    assertEquals(
        75, withFlag.getInt("identificationScore"), "community membership counts 75 points too");
    assertTrue(
        withFlag.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> "evidence.communityMember".equals(e.getString("code"))));

    assertEquals(
        201,
        anna.post("accounts/" + id + "/engagement/referrals", "{\"note\":\"Introduced De Linde\"}")
            .status());
    assertEquals(2, anna.get("accounts/" + id + "/engagement/signals").json().getInt("total"));
  }

  @Test
  void theWorklistNamesWhyEachAccountNeedsItsManager() {
    Api bram = Api.as(base, "bram");
    String overdue =
        bram.createAccount(Api.unique("Overdue"), "\"relationshipType\":\"COMMUNAL_SHARING\"");
    bram.post("accounts/" + overdue + "/interactions", moment("VISIT", "CHECK_IN", 45, null));
    String sameAgeMarket =
        bram.createAccount(Api.unique("Not overdue"), "\"relationshipType\":\"MARKET_PRICING\"");
    bram.post("accounts/" + sameAgeMarket + "/interactions", moment("VISIT", "CHECK_IN", 45, null));

    String birthday = bram.createAccount(Api.unique("Birthday"), null);
    bram.post("accounts/" + birthday + "/interactions", moment("PHONE", "CHECK_IN", 1, null));
    LocalDate soon = LocalDate.now().plusDays(5);
    bram.post(
        "accounts/" + birthday + "/contacts",
        "{\"firstName\":\"Fleur\",\"lastName\":\"Visser\",\"birthday\":\""
            + soon.minusYears(40)
            + "\"}");

    String followUp = bram.createAccount(Api.unique("Follow up"), null);
    bram.post(
        "accounts/" + followUp + "/interactions",
        moment(
            "PHONE",
            "SALES",
            3,
            "\"summary\":\"Send the offer\",\"followUpDate\":\""
                + LocalDate.now().minusDays(1)
                + "\""));

    String riskyName = Api.unique("Risky");
    String risky = bram.createAccount(riskyName, null);
    bram.post(
        "accounts/" + risky + "/interactions",
        moment("PHONE", "COMPLAINT", 2, "\"effortScore\":1,\"npsScore\":2"));
    bram.post(
        "accounts/" + risky + "/interactions",
        moment("EMAIL", "SERVICE_REQUEST", 1, "\"effortScore\":1"));

    Reply worklist = bram.get("worklist?size=200");
    assertEquals(200, worklist.status(), worklist::toString);
    List<JsonObject> items = worklist.items().getValuesAs(JsonObject.class);
    assertTrue(has(items, overdue, "PERSONAL_CONTACT_OVERDUE"), "communal: every 30 days");
    assertFalse(
        has(items, sameAgeMarket, "PERSONAL_CONTACT_OVERDUE"), "market pricing: every 60 days");
    assertTrue(has(items, birthday, "BIRTHDAY"));
    JsonObject birthdayItem = item(items, birthday, "BIRTHDAY");
    assertEquals(soon.toString(), birthdayItem.getString("dueDate"));
    assertTrue(birthdayItem.getString("detail").contains("Fleur Visser"));
    assertTrue(has(items, followUp, "FOLLOW_UP_DUE"));
    assertTrue(has(items, risky, "CHURN_RISK"), items.toString());
    assertFalse(
        items.stream()
            .anyMatch(
                i ->
                    i.getString("accountId").equals(overdue)
                        && i.getString("accountName").isBlank()));

    // pages of 3, each selected in the database, add up to the whole list in the same order
    List<JsonObject> paged = new java.util.ArrayList<>();
    for (int page = 0; page * 3 < worklist.json().getInt("total"); page++) {
      Reply slice = bram.get("worklist?size=3&page=" + page);
      assertEquals(worklist.json().getInt("total"), slice.json().getInt("total"));
      paged.addAll(slice.items().getValuesAs(JsonObject.class));
    }
    assertEquals(items, paged);
    assertTrue(items.size() >= 4, items.toString());
    for (int i = 1; i < items.size(); i++) {
      assertTrue(
          items.get(i - 1).getString("dueDate").compareTo(items.get(i).getString("dueDate")) <= 0,
          "soonest due first: " + items);
    }

    List<JsonObject> annas =
        Api.as(base, "anna").get("worklist?size=200").items().getValuesAs(JsonObject.class);
    assertFalse(
        annas.stream().anyMatch(i -> i.getString("accountId").equals(overdue)),
        "only the caller's accounts");

    String suffix = riskyName.substring(riskyName.length() - 8);
    assertEquals(
        1,
        bram.get("accounts?churnRisk=HIGH&q=" + suffix).json().getInt("total"),
        "list filter on churn risk");
    assertEquals(0, bram.get("accounts?churnRisk=LOW&q=" + suffix).json().getInt("total"));
    Reply filter = bram.get("accounts?churnRisk=EXTREME");
    assertEquals(400, filter.status());
    assertEquals(List.of("churnRisk"), filter.problemFields());
  }

  @Test
  void aFullRecomputeIsAnAdminJobWithProgress() throws InterruptedException {
    assertEquals(403, Api.as(base, "anna").post("engagement/recompute", null).status());
    Api admin = Api.as(base, "admin");
    Reply started = admin.post("engagement/recompute", null);
    assertEquals(202, started.status(), started::toString);
    assertNotNull(started.header("Location").orElse(null));
    JsonObject job = started.json();
    for (int i = 0; i < 100 && "RUNNING".equals(job.getString("status")); i++) {
      Thread.sleep(200);
      job = admin.get("engagement/recompute").json();
    }
    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals(job.getInt("total"), job.getInt("processed"));
    assertEquals(100, job.getInt("percent"));
  }

  private static boolean has(List<JsonObject> items, String account, String reason) {
    return items.stream()
        .anyMatch(
            i -> i.getString("accountId").equals(account) && i.getString("reason").equals(reason));
  }

  private static JsonObject item(List<JsonObject> items, String account, String reason) {
    return items.stream()
        .filter(
            i -> i.getString("accountId").equals(account) && i.getString("reason").equals(reason))
        .findFirst()
        .orElseThrow();
  }
}
