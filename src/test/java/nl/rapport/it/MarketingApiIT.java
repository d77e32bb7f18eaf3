package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Segments, brand identity and campaign guardrails through the API, on a real Payara and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketingApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  /** A mixed audience in its own industry, so that criteria can pick it out exactly. */
  private record Audience(String industry, String communal, String market, String prospect) {}

  private Audience audience(String tag) {
    Api anna = Api.as(base, "anna");
    String industry = "Industry " + tag;
    String communal =
        anna.createAccount(
            Api.unique("Communal"),
            "\"industry\":\""
                + industry
                + "\",\"relationshipType\":\"COMMUNAL_SHARING\",\"communityMember\":true");
    String market =
        anna.createAccount(
            Api.unique("Market"),
            "\"industry\":\""
                + industry
                + "\",\"relationshipType\":\"MARKET_PRICING\",\"socialActivator\":true");
    String prospect =
        anna.createAccount(Api.unique("Prospect"), "\"industry\":\"" + industry + "\"");
    contact(anna, communal, true);
    contact(anna, communal, true);
    contact(anna, market, true);
    contact(anna, market, false);
    contact(anna, prospect, true);
    anna.post("accounts/" + prospect + "/engagement/brand-assessments", "{\"score\":5}");
    return new Audience(industry, communal, market, prospect);
  }

  private static void contact(Api api, String account, boolean consent) {
    Reply r =
        api.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"C\",\"lastName\":\""
                + java.util.UUID.randomUUID().toString().substring(0, 6)
                + "\",\"marketingConsent\":"
                + consent
                + "}");
    assertEquals(201, r.status(), r::toString);
  }

  private String segment(Api maria, Audience a) {
    Reply r =
        maria.post(
            "segments",
            "{\"name\":\""
                + Api.unique("Mixed")
                + "\",\"criteria\":{\"industries\":[\""
                + a.industry()
                + "\"]}}");
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  private void brand(Api maria) {
    maria.post(
        "brand/values",
        "{\"name\":\"Care\",\"evidence\":\"Every customer has a named care contact\"}");
    maria.post("brand/values", "{\"name\":\"Craftsmanship\"}");
  }

  @Test
  void segmentsSelectTheRightAccountsAndRefuseUnknownCriteria() {
    Audience a = audience("S" + System.nanoTime());
    Api maria = Api.as(base, "maria");
    Reply preview =
        maria.post(
            "segments/preview",
            "{\"industries\":[\""
                + a.industry()
                + "\"],\"relationshipTypes\":[\"COMMUNAL_SHARING\",\"MARKET_PRICING\"]}");
    assertEquals(200, preview.status(), preview::toString);
    assertEquals(2, preview.json().getInt("count"));

    Reply communityOnly =
        maria.post(
            "segments/preview",
            "{\"industries\":[\"" + a.industry() + "\"],\"communityMember\":true}");
    assertEquals(1, communityOnly.json().getInt("count"));
    assertEquals(
        a.communal(), communityOnly.json().getJsonArray("items").getJsonObject(0).getString("id"));

    Reply unknownEnum = maria.post("segments/preview", "{\"relationshipTypes\":[\"FRIENDLY\"]}");
    assertEquals(400, unknownEnum.status());
    assertEquals(List.of("relationshipTypes"), unknownEnum.problemFields());
    Reply unknownField = maria.post("segments/preview", "{\"industry\":[\"Bouw\"]}");
    assertEquals(
        400, unknownField.status(), "a misspelt criterion must not silently select everyone");
    assertEquals(List.of("industry"), unknownField.problemFields());
    Reply nested = maria.post("segments", "{\"name\":\"x\",\"criteria\":{\"owner\":\"anna\"}}");
    assertEquals(List.of("criteria.owner"), nested.problemFields());
    Reply impossible =
        maria.post("segments/preview", "{\"minEngagementScore\":80,\"maxEngagementScore\":20}");
    assertEquals(422, impossible.status());
    Reply injection = maria.post("segments/preview", "{\"industries\":[\"x' or '1'='1\"]}");
    assertEquals(0, injection.json().getInt("count"), "values are parameters, never SQL");

    String id = segment(maria, a);
    Reply members = maria.get("segments/" + id + "/members");
    assertEquals(3, members.json().getInt("total"));
    Reply csv =
        maria.send("GET", "segments/" + id + "/members.csv", null, Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"));
    List<String> lines = csv.raw().body().lines().toList();
    assertTrue(lines.get(0).startsWith("accountId,accountName"));
    assertEquals(1 + 5, lines.size(), "one row per contact");

    assertEquals(403, Api.as(base, "anna").get("segments").status(), "segments are for marketing");

    Reply frozen = maria.post("segments/" + id + "/freeze", null);
    assertTrue(frozen.json().getBoolean("frozen"));
    Api.as(base, "anna").createAccount(Api.unique("Late"), "\"industry\":\"" + a.industry() + "\"");
    assertEquals(
        3,
        maria.get("segments/" + id + "/members").json().getInt("total"),
        "a frozen segment keeps its members");
    assertEquals(
        4,
        maria
            .post("segments/preview", "{\"industries\":[\"" + a.industry() + "\"]}")
            .json()
            .getInt("count"));
  }

  @Test
  void aPriceFramedCampaignSuppressesCommunalContactsAndThoseWithoutConsent() {
    Audience a = audience("P" + System.nanoTime());
    Api maria = Api.as(base, "maria");
    brand(maria);
    String segment = segment(maria, a);
    Reply created =
        maria.post(
            "campaigns",
            "{\"name\":\"Spring price offer\",\"values\":[\"Care\"],\"framing\":\"MARKET_PRICING\","
                + "\"goal\":\"RETENTION\",\"financialIncentive\":true,\"channel\":\"EMAIL\",\"segmentId\":\""
                + segment
                + "\"}");
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    assertEquals("DRAFT", created.json().getString("status"));

    JsonObject check = maria.get("campaigns/" + id + "/check").json();
    assertEquals(
        2,
        check.getJsonObject("suppressed").getInt("NORM_VIOLATION"),
        "both contacts of the communal account");
    assertEquals(1, check.getJsonObject("suppressed").getInt("NO_CONSENT"));
    assertEquals(2, check.getInt("targeted"));
    assertTrue(check.getJsonArray("warnings").isEmpty(), check.toString());

    Reply members = maria.get("campaigns/" + id + "/members?size=50");
    long normViolations =
        members.items().getValuesAs(JsonObject.class).stream()
            .filter(m -> "NORM_VIOLATION".equals(m.getString("suppressionReason", "")))
            .count();
    assertEquals(2, normViolations);
    assertEquals(403, Api.as(base, "anna").post("campaigns", created.raw().body()).status());
  }

  @Test
  void communalFramingWarnsAndBrandChecksBlockApprovalUnlessOverridden() {
    Audience a = audience("C" + System.nanoTime());
    Api maria = Api.as(base, "maria");
    brand(maria);
    maria.post(
        "brand/competitor-claims", "{\"competitor\":\"CareCo\",\"values\":[\"Care\",\"Speed\"]}");
    String segment = segment(maria, a);
    String body =
        "{\"name\":\"Care circle\",\"values\":[\"Care\",\"Craftsmanship\"],\"framing\":\"COMMUNAL_SHARING\","
            + "\"goal\":\"RETENTION\",\"financialIncentive\":true,\"segmentId\":\""
            + segment
            + "\"}";
    String id = maria.post("campaigns", body).json().getString("id");

    JsonObject check = maria.get("campaigns/" + id + "/check").json();
    List<String> warnings =
        check.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getString("code"))
            .toList();
    assertTrue(
        warnings.contains("INAUTHENTIC_SHIFT"),
        "communal framing towards a market-pricing account: " + check);
    assertTrue(warnings.contains("FINANCIAL_INCENTIVE"));
    List<String> failures =
        check.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getString("code"))
            .toList();
    assertTrue(
        failures.contains("NOT_AUTHENTIC"), "Craftsmanship has no evidence of practice: " + check);
    assertFalse(check.getBoolean("approvable"));

    Reply blocked = maria.post("campaigns/" + id + "/approve", "{}");
    assertEquals(422, blocked.status(), blocked::toString);
    assertTrue(blocked.contentType().startsWith("application/problem+json"));
    Reply noReason = maria.post("campaigns/" + id + "/approve", "{\"override\":true}");
    assertEquals(422, noReason.status());
    assertEquals(List.of("reason"), noReason.problemFields());
    Reply approved =
        maria.post(
            "campaigns/" + id + "/approve",
            "{\"override\":true,\"reason\":\"Board decision: craftsmanship is our 2027 promise\"}");
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals(
        "Board decision: craftsmanship is our 2027 promise",
        approved.json().getString("overrideReason"));

    Reply changeAfter =
        maria.put(
            "campaigns/" + id,
            body,
            Map.of("If-Match", maria.get("campaigns/" + id).header("ETag").orElseThrow()));
    assertEquals(409, changeAfter.status(), "an approved campaign is no longer edited");
  }

  @Test
  void aConvertedProspectTakesTheCampaignsFramingAtAcquisition() {
    Audience a = audience("V" + System.nanoTime());
    Api maria = Api.as(base, "maria");
    brand(maria);
    String segment = segment(maria, a);
    String id =
        maria
            .post(
                "campaigns",
                "{\"name\":\"Welcome\",\"values\":[\"Care\"],\"framing\":\"COMMUNAL_SHARING\","
                    + "\"goal\":\"ACQUISITION\",\"segmentId\":\""
                    + segment
                    + "\"}")
            .json()
            .getString("id");
    Reply approved =
        maria.post(
            "campaigns/" + id + "/approve", "{\"override\":true,\"reason\":\"test audience\"}");
    assertEquals(200, approved.status(), approved::toString);

    JsonObject prospectMember =
        maria
            .get("campaigns/" + id + "/members?size=50")
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("accountId").equals(a.prospect()))
            .findFirst()
            .orElseThrow();
    String member = "campaigns/" + id + "/members/" + prospectMember.getString("id");
    assertEquals(
        "SENT", maria.put(member, "{\"status\":\"SENT\"}", Map.of()).json().getString("status"));
    Reply back = maria.put(member, "{\"status\":\"TARGETED\"}", Map.of());
    assertEquals(422, back.status());
    assertEquals(
        "CONVERTED",
        maria.put(member, "{\"status\":\"CONVERTED\"}", Map.of()).json().getString("status"));

    JsonObject relationship =
        Api.as(base, "anna").get("accounts/" + a.prospect() + "/relationship").json();
    assertEquals("COMMUNAL_SHARING", relationship.getString("framingAtAcquisition"));
    assertTrue(
        relationship
            .getJsonArray("history")
            .getJsonObject(0)
            .getString("reason")
            .contains("Welcome"));

    List<JsonObject> touches =
        Api.as(base, "anna")
            .get("accounts/" + a.prospect() + "/campaigns")
            .items()
            .getValuesAs(JsonObject.class);
    assertEquals(
        1, touches.size(), "the account manager sees the campaign that reached the account");
    assertEquals("Welcome", touches.get(0).getString("campaignName"));
    assertEquals("CONVERTED", touches.get(0).getString("status"));
    assertEquals(404, Api.as(base, "bram").get("accounts/" + a.prospect() + "/campaigns").status());

    JsonObject results = maria.get("campaigns/" + id + "/results").json();
    assertEquals(1, results.getJsonObject("byStatus").getInt("CONVERTED"));
    JsonObject communal =
        results.getJsonObject("byRelationshipType").getJsonObject("COMMUNAL_SHARING");
    assertNotNull(communal, results::toString);
    assertEquals(1, communal.getInt("converted"), "counted under the account's current type");

    Reply refused = maria.delete("segments/" + segment, Map.of());
    assertEquals(409, refused.status(), "the segment is the campaign's audience");
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
    assertEquals(200, maria.get("segments/" + segment).status(), "and it is still there");
    String unused = segment(maria, a);
    assertEquals(204, maria.delete("segments/" + unused, Map.of()).status());
    assertEquals(404, maria.get("segments/" + unused).status());
  }

  @Test
  void brandValuesAndClaimsAreKeptByMarketing() {
    Api maria = Api.as(base, "maria");
    String name = "Value " + System.nanoTime();
    Reply declared =
        maria.post(
            "brand/values", "{\"name\":\"" + name + "\",\"evidence\":\"Shown in practice\"}");
    assertEquals(201, declared.status(), declared::toString);
    assertTrue(declared.json().getBoolean("practised"));
    assertEquals(
        409, maria.post("brand/values", "{\"name\":\"" + name.toLowerCase() + "\"}").status());
    assertEquals(403, Api.as(base, "bram").post("brand/values", "{\"name\":\"Speed\"}").status());
    assertEquals(
        200,
        Api.as(base, "bram").get("brand/values").status(),
        "everyone reads the brand identity");
    assertEquals(
        400,
        maria.post("brand/competitor-claims", "{\"competitor\":\"X\",\"values\":[]}").status());
    assertEquals(
        204, maria.delete("brand/values/" + declared.json().getString("id"), Map.of()).status());
  }
}
