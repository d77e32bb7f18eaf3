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

/** Accounts, contacts and relationship types over HTTP, on a real Payara Micro and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  @Test
  void namesSortAsPeopleReadThemWhateverTheirCase() {
    Api anna = Api.as(base, "anna");
    String tag = "sort" + System.nanoTime();
    for (String name : List.of("delta " + tag, "bravo " + tag, "Charlie " + tag, "Alpha " + tag)) {
      anna.createAccount(name, null);
    }
    Reply sorted = anna.get("accounts?sort=NAME&size=10&q=" + tag);
    assertEquals(200, sorted.status(), sorted::toString);
    assertEquals(
        List.of("Alpha " + tag, "bravo " + tag, "Charlie " + tag, "delta " + tag),
        sorted.items().getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("name"))
            .toList(),
        "case-insensitive, not by code point (Alpha, Charlie, bravo, delta)");
  }

  @Test
  void everyAnswerCarriesTheHardeningHeaders() throws Exception {
    Reply ok = Api.as(base, "anna").get("accounts?size=1");
    Reply refused = Api.withPassword(base, "anna", "wrong").get("accounts?size=1");
    assertEquals(200, ok.status());
    assertEquals(401, refused.status(), "a refusal carries them too");
    for (Reply api : List.of(ok, refused)) {
      assertEquals("no-store", api.header("Cache-Control").orElse(""), "personal data: not kept");
      assertEquals("nosniff", api.header("X-Content-Type-Options").orElse(""));
      assertEquals("same-origin", api.header("Referrer-Policy").orElse(""));
      assertEquals("DENY", api.header("X-Frame-Options").orElse(""));
      assertEquals(
          "default-src 'none'; frame-ancestors 'none'",
          api.header("Content-Security-Policy").orElse(""));
      assertTrue(api.header("Server").isEmpty(), "no product banner: " + api.raw().headers());
      assertTrue(api.header("X-Powered-By").isEmpty());
    }

    // a screen: PrimeFaces' script policy with this response's nonce, beside ours
    java.net.http.HttpResponse<String> login =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*")),
        policies::toString);
    assertTrue(
        policies.stream()
            .anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")),
        policies::toString);
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(login.headers().firstValue("Server").isEmpty(), login.headers().toString());
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
  }

  @Test
  void createReadAndListAnAccount() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Molenaar Metaal");
    Reply created =
        anna.post(
            "accounts",
            "{\"name\":\""
                + name
                + "\",\"industry\":\"Metaal\",\"country\":\"NL\",\"lifecycle\":\"ACTIVE\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("\"0\"", created.header("ETag").orElseThrow());
    String id = created.json().getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/accounts/" + id));
    assertEquals("anna", created.json().getString("owner"), "owner defaults to the caller");
    assertEquals("UNFRAMED", created.json().getString("relationshipType"));

    Reply read = anna.get("accounts/" + id);
    assertEquals(200, read.status());
    assertEquals(name, read.json().getString("name"));
    assertEquals("Metaal", read.json().getString("industry"));
    assertTrue(read.contentType().startsWith("application/json"));

    Reply found = anna.get("accounts?q=" + name.substring(name.length() - 8));
    assertEquals(200, found.status());
    assertEquals(1, found.json().getInt("total"));
    assertEquals(id, found.items().getJsonObject(0).getString("id"));
  }

  @Test
  void listsArePagedWithTotals() {
    Api anna = Api.as(base, "anna");
    String tag = Api.unique("Paging");
    for (int i = 0; i < 5; i++) {
      anna.createAccount(tag + " " + i, null);
    }
    Reply page = anna.get("accounts?q=" + tag.replace(" ", "%20") + "&size=2&page=1");
    assertEquals(200, page.status(), page::toString);
    assertEquals(5, page.json().getInt("total"));
    assertEquals(1, page.json().getInt("page"));
    assertEquals(2, page.json().getInt("size"));
    assertEquals(
        List.of(tag + " 2", tag + " 3"),
        page.items().getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList());

    Reply tooBig = anna.get("accounts?size=201");
    assertEquals(400, tooBig.status());
    assertEquals(List.of("size"), tooBig.problemFields());
    Reply notANumber = anna.get("accounts?page=two");
    assertEquals(400, notANumber.status());
    assertEquals(List.of("page"), notANumber.problemFields());
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    Api anna = Api.as(base, "anna");
    Reply blank = anna.post("accounts", "{\"name\":\"  \",\"country\":\"Nederland\"}");
    assertEquals(400, blank.status());
    assertTrue(blank.contentType().startsWith("application/problem+json"), blank.contentType());
    assertEquals(400, blank.json().getInt("status"));
    assertNotNull(blank.json().getString("title"));
    assertEquals(List.of("country", "name"), blank.problemFields());

    Reply badEnum = anna.post("accounts", "{\"name\":\"X\",\"lifecycle\":\"SLEEPING\"}");
    assertEquals(400, badEnum.status());
    assertEquals(List.of("lifecycle"), badEnum.problemFields());

    Reply badDate = anna.post("accounts", "{\"name\":\"X\",\"customerSince\":\"last year\"}");
    assertEquals(400, badDate.status());
    assertEquals(List.of("customerSince"), badDate.problemFields());

    Reply broken = anna.post("accounts", "{\"name\":");
    assertEquals(400, broken.status());
    assertEquals(List.of("body"), broken.problemFields());

    Reply badFilter = anna.get("accounts?relationshipType=FRIENDLY");
    assertEquals(400, badFilter.status());
    assertEquals(List.of("relationshipType"), badFilter.problemFields());

    Reply unknownOwner = anna.post("accounts", "{\"name\":\"X\",\"owner\":\"nobody\"}");
    assertEquals(422, unknownOwner.status());
    assertEquals(List.of("owner"), unknownOwner.problemFields());

    assertEquals(0, anna.get("accounts?q=Nederland").json().getInt("total"), "nothing was stored");
  }

  @Test
  void updatesNeedTheCurrentEtag() {
    Api anna = Api.as(base, "anna");
    String id = anna.createAccount(Api.unique("Etag BV"), null);
    String body = "{\"name\":\"Etag BV renamed\",\"industry\":\"Bouw\"}";

    Reply missing = anna.put("accounts/" + id, body, Map.of());
    assertEquals(428, missing.status());
    assertTrue(missing.contentType().startsWith("application/problem+json"));

    Reply ok = anna.put("accounts/" + id, body, Map.of("If-Match", "\"0\""));
    assertEquals(200, ok.status(), ok::toString);
    assertEquals("\"1\"", ok.header("ETag").orElseThrow());
    assertEquals("Bouw", ok.json().getString("industry"));

    Reply stale =
        anna.put("accounts/" + id, "{\"name\":\"Lost update\"}", Map.of("If-Match", "\"0\""));
    assertEquals(412, stale.status());
    assertEquals(
        "Etag BV renamed", anna.get("accounts/" + id).json().getString("name"), "no lost update");
  }

  @Test
  void accountManagersSeeOnlyTheirOwnAndTheirTeamsAccounts() {
    Api anna = Api.as(base, "anna");
    Api bram = Api.as(base, "bram");
    Api maria = Api.as(base, "maria");
    String name = Api.unique("Scope");
    String annas = anna.createAccount(name + " own", null);
    String shared = anna.createAccount(name + " shared", "\"team\":[\"bram\"]");

    assertEquals(
        404, bram.get("accounts/" + annas).status(), "others' accounts do not exist for bram");
    assertEquals(404, bram.get("accounts/" + annas + "/interactions").status());
    assertEquals(200, bram.get("accounts/" + shared).status(), "bram is on the team");
    Reply bramsList = bram.get("accounts?q=" + name.replace(" ", "%20"));
    assertEquals(1, bramsList.json().getInt("total"));
    assertEquals(shared, bramsList.items().getJsonObject(0).getString("id"));

    assertEquals(200, maria.get("accounts/" + annas).status(), "marketing reads all accounts");
    assertEquals(2, maria.get("accounts?q=" + name.replace(" ", "%20")).json().getInt("total"));
    Reply mariaWrites = maria.delete("accounts/" + annas, Map.of());
    assertEquals(403, mariaWrites.status(), "marketing does not change accounts");
    assertEquals(403, maria.post("accounts", "{\"name\":\"Marketing BV\"}").status());

    assertEquals(401, Api.anonymous(base).get("accounts").status());
    Reply wrong = Api.withPassword(base, "anna", "wrong").get("accounts");
    assertEquals(401, wrong.status());
    assertTrue(wrong.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }

  @Test
  void deleteArchivesAndKeepsHistory() {
    Api anna = Api.as(base, "anna");
    String name = Api.unique("Archive");
    String id = anna.createAccount(name, "\"relationshipType\":\"MARKET_PRICING\"");
    Reply deleted = anna.delete("accounts/" + id, Map.of());
    assertEquals(204, deleted.status(), deleted::toString);

    Reply read = anna.get("accounts/" + id);
    assertEquals(200, read.status());
    assertEquals("FORMER", read.json().getString("lifecycle"));
    assertEquals(0, anna.get("accounts?q=" + name.replace(" ", "%20")).json().getInt("total"));
    assertEquals(
        1,
        anna.get("accounts?lifecycle=FORMER&q=" + name.replace(" ", "%20")).json().getInt("total"));
    assertEquals(
        1, anna.get("accounts/" + id + "/relationship").json().getJsonArray("history").size());
  }

  @Test
  void relationshipTransitionsAreAuditedAndFixTheFramingAtAcquisition() {
    Api anna = Api.as(base, "anna");
    String id = anna.createAccount(Api.unique("Framing"), null);
    String path = "accounts/" + id + "/relationship";

    JsonObject start = anna.get(path).json();
    assertEquals("UNFRAMED", start.getString("current"));
    assertTrue(start.isNull("framingAtAcquisition"), "explicitly null until the first framing");

    Reply noReason = anna.post(path, "{\"to\":\"MARKET_PRICING\",\"reason\":\"\"}");
    assertEquals(400, noReason.status());
    assertEquals(List.of("reason"), noReason.problemFields());

    Reply first = anna.post(path, "{\"to\":\"MARKET_PRICING\",\"reason\":\"Signed on price\"}");
    assertEquals(200, first.status(), first::toString);
    assertEquals("MARKET_PRICING", first.json().getString("framingAtAcquisition"));

    Reply second =
        anna.post(
            path, "{\"to\":\"COMMUNAL_SHARING\",\"reason\":\"Joined our sustainability circle\"}");
    assertEquals(200, second.status());
    JsonObject relationship = second.json();
    assertEquals("COMMUNAL_SHARING", relationship.getString("current"));
    assertEquals(
        "MARKET_PRICING",
        relationship.getString("framingAtAcquisition"),
        "never changes after the first");
    var history = relationship.getJsonArray("history").getValuesAs(JsonObject.class);
    assertEquals(2, history.size());
    assertEquals("UNFRAMED", history.get(0).getString("from"));
    assertEquals("MARKET_PRICING", history.get(1).getString("from"));
    assertEquals("COMMUNAL_SHARING", history.get(1).getString("to"));
    assertEquals("anna", history.get(1).getString("by"));
    assertEquals("Joined our sustainability circle", history.get(1).getString("reason"));
    assertNotNull(history.get(1).getString("at"));
    assertFalse(
        history.get(1).isNull("trajectoryId"), "market to communal starts a re-framing trajectory");

    Reply back = anna.post(path, "{\"to\":\"UNFRAMED\",\"reason\":\"oops\"}");
    assertEquals(422, back.status());
    assertEquals(List.of("to"), back.problemFields());
    Reply same = anna.post(path, "{\"to\":\"COMMUNAL_SHARING\",\"reason\":\"again\"}");
    assertEquals(422, same.status());

    Reply viaPut =
        anna.put(
            "accounts/" + id,
            "{\"name\":\"Framing\",\"relationshipType\":\"MARKET_PRICING\"}",
            Map.of("If-Match", anna.get("accounts/" + id).header("ETag").orElseThrow()));
    assertEquals(
        422, viaPut.status(), "the type only changes with a reason, through /relationship");
    assertEquals(List.of("relationshipType"), viaPut.problemFields());
  }

  @Test
  void contactsWithConsentRecordedWithSourceAndTime() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Contacts"), null);
    Reply created =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"Sanne\",\"lastName\":\"de Boer\",\"email\":\"sanne@example.nl\","
                + "\"birthday\":\"1985-03-14\",\"preferredChannel\":\"VISIT\",\"preferredLanguage\":\"nl\","
                + "\"marketingConsent\":true,\"consentSource\":\"Beursformulier 2026\"}");
    assertEquals(201, created.status(), created::toString);
    JsonObject contact = created.json();
    assertTrue(contact.getBoolean("marketingConsent"));
    assertEquals("Beursformulier 2026", contact.getString("consentSource"));
    assertNotNull(contact.getString("consentAt"));
    String id = contact.getString("id");

    Reply badEmail =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"nope\"}");
    assertEquals(400, badEmail.status());
    assertEquals(List.of("email"), badEmail.problemFields());

    Reply update =
        anna.put(
            "contacts/" + id,
            "{\"firstName\":\"Sanne\",\"lastName\":\"de Boer-Visser\",\"marketingConsent\":false}",
            Map.of("If-Match", "\"0\""));
    assertEquals(200, update.status(), update::toString);
    assertFalse(update.json().getBoolean("marketingConsent"));
    assertEquals(1, anna.get("accounts/" + account + "/contacts").json().getInt("total"));

    assertEquals(404, Api.as(base, "bram").get("contacts/" + id).status());
    assertEquals(204, anna.delete("contacts/" + id, Map.of()).status());
    assertEquals(0, anna.get("accounts/" + account + "/contacts").json().getInt("total"));
  }
}
