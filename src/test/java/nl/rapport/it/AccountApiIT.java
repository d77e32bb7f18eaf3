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
  void aMoveToCommunalSharingIsPlannedAsATrajectoryWhoseStepsAreTicked() {
    Api anna = Api.as(base, "anna");
    String id =
        anna.createAccount(Api.unique("Traject BV"), "\"relationshipType\":\"MARKET_PRICING\"");
    String path = "accounts/" + id + "/trajectory";
    assertEquals(404, anna.get(path).status(), "no trajectory yet");
    Reply early = anna.put(path, "{\"goal\":\"A partner\",\"steps\":[\"Visit\"]}", Map.of());
    assertEquals(409, early.status(), "nothing to plan before the move");
    Reply moved =
        anna.post(
            "accounts/" + id + "/relationship",
            "{\"to\":\"COMMUNAL_SHARING\",\"reason\":\"They want a partner\"}");
    assertEquals(200, moved.status(), moved::toString);
    String trajectoryId =
        moved.json().getJsonArray("history").getJsonObject(1).getString("trajectoryId");

    Reply noSteps = anna.put(path, "{\"goal\":\"A partner\",\"steps\":[\" \"]}", Map.of());
    assertEquals(422, noSteps.status(), noSteps::toString);
    assertEquals(List.of("steps"), noSteps.problemFields());
    Reply planned =
        anna.put(path, "{\"goal\":\"A partner\",\"steps\":[\"Visit\",\"Invite\"]}", Map.of());
    assertEquals(200, planned.status(), planned::toString);
    assertEquals(trajectoryId, planned.json().getString("id"), "the move's trajectory");
    assertEquals("ACTIVE", planned.json().getString("status"));
    assertEquals(409, anna.put(path, "{\"goal\":\"Again\",\"steps\":[\"x\"]}", Map.of()).status());

    assertEquals(403, Api.as(base, "maria").post(path + "/steps/0", "{\"done\":true}").status());
    assertEquals(200, Api.as(base, "maria").get(path).status(), "marketing reads it");
    assertEquals(400, anna.post(path + "/steps/first", "{\"done\":true}").status());
    assertEquals(422, anna.post(path + "/steps/5", "{\"done\":true}").status());
    assertEquals(
        50, anna.post(path + "/steps/0", "{\"done\":true}").json().getInt("progressPercent"));
    JsonObject achieved = anna.post(path + "/steps/1", "{\"done\":true}").json();
    assertEquals("ACHIEVED", achieved.getString("status"));
    assertEquals(100, achieved.getInt("progressPercent"));
    assertEquals(409, anna.post(path + "/steps/1", "{\"done\":false}").status(), "achieved stays");
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

  // ---- delta sync (issue 11)

  @Test
  void aMirrorFollowingTheFeedsWhileOthersWriteMissesNothingAndSeesNothingTwice() throws Exception {
    String tag = Api.unique("Sync");
    java.time.Instant since = java.time.Instant.now().minusSeconds(1);
    Api system = Api.system(base, "accounts:read", "interactions:read");
    Mirror accounts = new Mirror("accounts?size=7&updatedSince=" + since);
    Mirror moments = new Mirror("interactions?size=7&updatedSince=" + since);

    // four writers (two per account manager, within the rate limit) create, edit, log contact
    // moments (which move lastPersonalContactAt) and archive, while the mirror follows both feeds
    java.util.concurrent.ConcurrentHashMap<String, Boolean> written =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Set<String> logged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    long writeUntil = System.nanoTime() + java.time.Duration.ofSeconds(8).toNanos();
    List<Thread> writers = new java.util.ArrayList<>();
    for (String user : List.of("anna", "anna", "bram", "bram")) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  write(Api.as(base, user), tag, writeUntil, written, logged);
                } catch (Throwable t) {
                  failure.compareAndSet(null, t);
                }
              });
      writer.start();
      writers.add(writer);
    }
    while (writers.stream().anyMatch(Thread::isAlive)) {
      accounts.follow(system, false);
      moments.follow(system, false);
      Thread.sleep(150);
    }
    for (Thread writer : writers) {
      writer.join();
    }
    if (failure.get() != null) {
      throw new AssertionError("a writer failed", failure.get());
    }
    // the feeds hand out changes once they are 5 s old (rapport.sync.settle-millis)
    Thread.sleep(6_000);
    accounts.follow(system, true);
    moments.follow(system, true);

    assertTrue(written.size() >= 8, "the writers wrote: " + written.size());
    Api admin = Api.as(base, "admin");
    int edited = 0;
    for (String id : written.keySet()) {
      JsonObject now = admin.get("accounts/" + id).json();
      JsonObject mirrored = accounts.latest.get(id);
      assertNotNull(mirrored, "the mirror has account " + id);
      for (String field : List.of("name", "lifecycle", "updatedAt", "lastPersonalContactAt")) {
        assertEquals(
            String.valueOf(now.get(field)),
            String.valueOf(mirrored.get(field)),
            field + " of " + id + " as the mirror has it");
      }
      edited += now.getString("name").endsWith("edited") ? 1 : 0;
    }
    assertTrue(edited > 0, "some accounts were edited after their creation");
    assertTrue(
        moments.latest.keySet().containsAll(logged),
        "every logged moment reached the mirror: " + logged.size());
    assertTrue(accounts.pages > 3 && moments.pages > 3, "the feeds were read in many pages");
    System.out.printf(
        "delta sync under writers: %d accounts written (%d edited), %d moments logged; read %d"
            + " account changes in %d pages, %d moment changes in %d pages; none twice%n",
        written.size(),
        edited,
        logged.size(),
        accounts.seen.size(),
        accounts.pages,
        moments.seen.size(),
        moments.pages);
  }

  @Test
  void theFeedsShowRemovalsErasuresAndArchivingAndRefuseWhatBreaksTheirOrder() throws Exception {
    Api anna = Api.as(base, "anna");
    java.time.Instant since = java.time.Instant.now().minusSeconds(1);
    String account = anna.createAccount(Api.unique("Feed"), null);
    String kept = contact(anna, account, "Kees");
    String removed = contact(anna, account, "Ria");
    String erased = contact(anna, account, "Eva");
    assertEquals(204, anna.delete("contacts/" + removed, Map.of()).status());
    assertEquals(204, anna.delete("contacts/" + erased + "/personal-data", Map.of()).status());
    Reply note =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"occurredAt\":\""
                + java.time.Instant.now().minusSeconds(60)
                + "\",\"summary\":\"Worried about the merger\",\"privateNote\":true}");
    assertEquals(201, note.status(), note::toString);
    assertEquals(204, anna.delete("accounts/" + account, Map.of()).status());
    String bramsAccount = Api.as(base, "bram").createAccount(Api.unique("Not Anna's"), null);
    Thread.sleep(6_000); // the settle time (rapport.sync.settle-millis = 5000)

    Reply contacts = anna.get("accounts/" + account + "/contacts?updatedSince=" + since);
    assertEquals(200, contacts.status(), contacts::toString);
    Map<String, JsonObject> byId = new java.util.HashMap<>();
    contacts.items().getValuesAs(JsonObject.class).forEach(c -> byId.put(c.getString("id"), c));
    assertEquals(java.util.Set.of(kept, removed, erased), byId.keySet(), contacts::toString);
    assertFalse(byId.get(kept).getBoolean("removed"));
    assertTrue(byId.get(removed).getBoolean("removed"));
    assertTrue(byId.get(removed).isNull("erasedAt"));
    assertTrue(byId.get(erased).getBoolean("removed"));
    assertFalse(byId.get(erased).isNull("erasedAt"), "an erased contact shows as erased");
    assertEquals("[erased]", byId.get(erased).getString("firstName"));
    assertEquals(
        List.of(kept),
        anna.get("accounts/" + account + "/contacts").items().getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("id"))
            .toList(),
        "without updatedSince: the contacts as they are (removed and erased ones left out)");

    // an account manager's feeds hold their own portfolio; the archived account is in it
    List<JsonObject> annas = feed(anna, "accounts?size=500&updatedSince=" + since);
    assertTrue(
        annas.stream()
            .anyMatch(
                a ->
                    a.getString("id").equals(account) && a.getString("lifecycle").equals("FORMER")),
        "the archiving reaches the feed");
    assertTrue(annas.stream().noneMatch(a -> a.getString("id").equals(bramsAccount)));
    assertTrue(
        feed(Api.as(base, "admin"), "accounts?size=500&updatedSince=" + since).stream()
            .anyMatch(a -> a.getString("id").equals(bramsAccount)),
        "an administrator's feed holds every account");

    // private notes: their account managers read them in the feed, systems and marketing do not
    String noteId = note.json().getString("id");
    java.util.function.Function<Api, JsonObject> noteIn =
        api ->
            feed(api, "interactions?size=500&updatedSince=" + since).stream()
                .filter(i -> i.getString("id").equals(noteId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the moment is not in the feed"));
    assertEquals("Worried about the merger", noteIn.apply(anna).getString("summary"));
    assertTrue(noteIn.apply(Api.as(base, "maria")).isNull("summary"));
    assertTrue(noteIn.apply(Api.system(base, "interactions:read")).isNull("summary"));
    assertTrue(
        feed(Api.as(base, "bram"), "interactions?size=500&updatedSince=" + since).stream()
            .noneMatch(i -> i.getString("id").equals(noteId)),
        "another account manager's feed leaves anna's accounts out");

    // what a feed cannot honour is refused, naming the parameter
    Map<String, String> refusals =
        Map.of(
            "accounts?updatedSince=yesterday",
            "updatedSince",
            "accounts?cursor=not-one-of-ours",
            "cursor",
            "accounts?updatedSince=" + since + "&q=x",
            "q",
            "accounts?updatedSince=" + since + "&sort=NAME",
            "sort",
            "accounts?updatedSince=" + since + "&page=2",
            "page",
            "accounts?updatedSince=" + since + "&size=501",
            "size",
            "interactions",
            "updatedSince",
            "accounts/" + account + "/contacts?size=5",
            "size");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      Reply refused = anna.get(refusal.getKey());
      assertEquals(400, refused.status(), refused::toString);
      assertEquals("application/problem+json", refused.contentType());
      assertEquals(List.of(refusal.getValue()), refused.problemFields(), refusal.getKey());
    }
  }

  // ---- imports (issue 11)

  @Test
  void anIntegratorKeepsItsOwnKeyOnAccountsAndContactsAndTheImportFindsThem() {
    Api anna = Api.as(base, "anna");
    String key = Api.unique("ERP").replace(' ', '-');
    Reply made = anna.post("accounts", "{\"name\":\"Sleutel BV\",\"externalId\":\"" + key + "\"}");
    assertEquals(201, made.status(), made::toString);
    assertEquals(key, made.json().getString("externalId"));
    String id = made.json().getString("id");

    Reply twice = anna.post("accounts", "{\"name\":\"Dubbel BV\",\"externalId\":\"" + key + "\"}");
    assertEquals(409, twice.status(), twice::toString);
    assertEquals(List.of("externalId"), twice.problemFields());
    Reply tooLong =
        anna.post("accounts", "{\"name\":\"Lang BV\",\"externalId\":\"" + "x".repeat(101) + "\"}");
    assertEquals(List.of("externalId"), tooLong.problemFields(), tooLong::toString);

    // a PUT without the key keeps it
    Reply renamed =
        anna.put("accounts/" + id, "{\"name\":\"Sleutel Groep\"}", Map.of("If-Match", "\"0\""));
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals(key, renamed.json().getString("externalId"));
    // its own key, as a spreadsheet pads it, is its own key: no conflict with itself
    Reply padded =
        anna.put(
            "accounts/" + id,
            "{\"name\":\"Sleutel Groep\",\"externalId\":\" " + key + " \"}",
            Map.of("If-Match", renamed.header("ETag").orElseThrow()));
    assertEquals(200, padded.status(), padded::toString);
    assertEquals(key, padded.json().getString("externalId"));

    Reply contact =
        anna.post(
            "accounts/" + id + "/contacts",
            "{\"firstName\":\"Sanne\",\"lastName\":\"Sleutel\",\"externalId\":\"" + key + "-c\"}");
    assertEquals(201, contact.status(), contact::toString);
    assertEquals(key + "-c", contact.json().getString("externalId"));
    Reply contactTwice =
        anna.post(
            "accounts/" + id + "/contacts",
            "{\"firstName\":\"Sam\",\"lastName\":\"Dubbel\",\"externalId\":\"" + key + "-c\"}");
    assertEquals(409, contactTwice.status(), contactTwice::toString);
    assertEquals(List.of("externalId"), contactTwice.problemFields());

    // the import upserts by the same key: what the API made is updated, not duplicated
    Map<String, String> csv = Map.of("Content-Type", "text/csv");
    assertReport(
        anna.send("POST", "imports/accounts", "externalId;industry\n" + key + ";Bouw\n", csv),
        false,
        1,
        0,
        1,
        0,
        0);
    assertReport(
        anna.send(
            "POST",
            "imports/contacts",
            "externalId;accountExternalId;jobTitle\n" + key + "-c;" + key + ";Inkoper\n",
            csv),
        false,
        1,
        0,
        1,
        0,
        0);
    assertEquals("Bouw", anna.get("accounts/" + id).json().getString("industry"));
    assertEquals(
        "Inkoper",
        anna.get("accounts/" + id + "/contacts").items().getJsonObject(0).getString("jobTitle"));
  }

  @Test
  void anImportPreviewsThenLandsGoodRowsWholeAndAReimportChangesNothing() {
    Api anna = Api.as(base, "anna");
    String tag = Api.unique("Import").replace(' ', '-');
    String accounts =
        "\uFEFFexternalId;name;industry;country;lifecycle;communityMember;team\r\n"
            + tag
            + "-1;Bakkerij "
            + tag
            + ";Food;NL;ACTIVE;ja;bram\r\n"
            + tag
            + "-2;Molenaar "
            + tag
            + ";Metaal;NL;PROSPECT;nee;\r\n"
            + tag
            + "-3;Smit "
            + tag
            + ";Bouw;Nederland;ACTIVE;nee;\r\n"
            + tag
            + "-4;Oud "
            + tag
            + ";Bouw;NL;FORMER;nee;\r\n";
    Map<String, String> csv = Map.of("Content-Type", "text/csv");

    Reply preview = anna.send("POST", "imports/accounts?dryRun=true", accounts, csv);
    assertEquals(200, preview.status(), preview::toString);
    assertReport(preview, true, 4, 3, 0, 0, 1);
    JsonObject error = preview.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(4, error.getInt("row"), "the header is row 1");
    assertEquals("country", error.getString("field"));
    assertEquals(
        0,
        anna.get("accounts?lifecycle=ACTIVE&q=" + tag).json().getInt("total"),
        "a dry run writes nothing");

    Reply landed = anna.send("POST", "imports/accounts", accounts, csv);
    assertReport(landed, false, 4, 3, 0, 0, 1);
    java.time.Instant importedBy = java.time.Instant.now();
    Reply found = anna.get("accounts?size=10&sort=NAME&q=" + tag);
    assertEquals(
        List.of("Bakkerij " + tag, "Molenaar " + tag),
        found.items().getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList(),
        "the good rows landed, the refused one left no trace (and the former one is archived)");
    JsonObject bakkerij = found.items().getJsonObject(0);
    assertEquals(tag + "-1", bakkerij.getString("externalId"));
    assertEquals(
        List.of("bram"),
        bakkerij.getJsonArray("team").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertTrue(bakkerij.getBoolean("communityMember"));
    assertEquals(
        1,
        anna.get("accounts?lifecycle=FORMER&q=" + tag).json().getInt("total"),
        "a former customer comes in archived");
    String profiledAt =
        anna.get("accounts/" + bakkerij.getString("id") + "/engagement")
            .json()
            .getString("computedAt");
    assertTrue(
        java.time.Instant.parse(profiledAt).isBefore(importedBy),
        "the import computed the engagement profile, not the first read: " + profiledAt);

    assertReport(anna.send("POST", "imports/accounts", accounts, csv), false, 4, 0, 0, 3, 1);
    Reply changed =
        anna.send(
            "POST",
            "imports/accounts",
            "externalId,industry\n"
                + tag
                + "-1,Bakkerij\n"
                + tag
                + "-2,Metaal\n"
                + tag
                + "-new,Bouw\n",
            csv);
    assertReport(changed, false, 3, 0, 1, 1, 1);
    assertEquals(
        "name",
        changed.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        "a file without names updates; a new account in it needs one");
    assertEquals(
        "Bakkerij", anna.get("accounts/" + bakkerij.getString("id")).json().getString("industry"));
    assertEquals(
        "Bakkerij " + tag,
        anna.get("accounts/" + bakkerij.getString("id")).json().getString("name"),
        "a column the file lacks keeps its value");

    String contacts =
        "externalId,accountExternalId,firstName,lastName,email,marketingConsent\n"
            + tag
            + "-c1,"
            + tag
            + "-1,Sanne,de Boer,sanne@example.nl,ja\n"
            + tag
            + "-c2,"
            + tag
            + "-1,Kees,Smit,,\n"
            + tag
            + "-c3,"
            + tag
            + "-9,Eva,Visser,,\n";
    Reply people = anna.send("POST", "imports/contacts", contacts, csv);
    assertReport(people, false, 3, 2, 0, 0, 1);
    assertEquals(
        "accountExternalId",
        people.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        2, anna.get("accounts/" + bakkerij.getString("id") + "/contacts").json().getInt("total"));
    assertReport(anna.send("POST", "imports/contacts", contacts, csv), false, 3, 0, 0, 2, 1);

    // the audit trail has each row's change and the import itself
    Reply audit = Api.as(base, "admin").get("audit?entityType=AccountImport&actor=anna");
    assertTrue(audit.json().getInt("total") >= 3, audit::toString);
    assertEquals(
        1,
        Api.as(base, "admin")
            .get("audit?entityType=Account&entityId=" + bakkerij.getString("id"))
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> e.getString("action").equals("UPDATE"))
            .count(),
        "one update recorded: the unchanged re-import wrote nothing");
  }

  @Test
  void anImportRefusesWhatItCannotReadAndWhoMayNotImport() {
    Api anna = Api.as(base, "anna");
    Map<String, String> csv = Map.of("Content-Type", "text/csv");
    Reply unknown = anna.send("POST", "imports/accounts", "externalId;naam\nX;Y\n", csv);
    assertEquals(400, unknown.status(), unknown::toString);
    assertEquals("application/problem+json", unknown.contentType());
    assertEquals(List.of("naam"), unknown.problemFields());
    Reply missing = anna.send("POST", "imports/contacts", "externalId;firstName\n", csv);
    assertEquals(400, missing.status());
    assertEquals(1, missing.problemFields().size());
    assertEquals(
        List.of("dryRun"),
        anna.send("POST", "imports/accounts?dryRun=maybe", "externalId;name\n", csv)
            .problemFields());
    assertEquals(
        403,
        Api.as(base, "maria").send("POST", "imports/accounts", "externalId;name\n", csv).status(),
        "marketing reads accounts, it does not bring them in");
    Reply someoneElses =
        anna.send(
            "POST",
            "imports/accounts",
            "externalId;name;owner\nX-" + System.nanoTime() + ";Niet van mij;bram\n",
            csv);
    assertEquals(200, someoneElses.status());
    assertEquals(
        "owner",
        someoneElses.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        someoneElses::toString);
    Reply template =
        anna.send("GET", "imports/contacts/template", null, Map.of("Accept", "text/csv"));
    assertEquals(200, template.status());
    assertTrue(template.contentType().startsWith("text/csv"), template.contentType());
    assertTrue(template.raw().body().startsWith("externalId,accountExternalId,firstName,lastName"));
  }

  private static void assertReport(
      Reply reply, boolean dryRun, int rows, int created, int updated, int unchanged, int failed) {
    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(dryRun, report.getBoolean("dryRun"), reply::toString);
    assertEquals(
        List.of(rows, created, updated, unchanged, failed),
        List.of(
            report.getInt("rows"),
            report.getInt("created"),
            report.getInt("updated"),
            report.getInt("unchanged"),
            report.getInt("failed")),
        "rows, created, updated, unchanged, failed: " + reply);
    assertEquals(failed, report.getJsonArray("errors").size(), reply::toString);
  }

  private static String contact(Api api, String account, String firstName) {
    Reply made =
        api.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Feed\"}");
    assertEquals(201, made.status(), made::toString);
    return made.json().getString("id");
  }

  /** Every item of a feed, following its cursors to the end. */
  private static List<JsonObject> feed(Api api, String first) {
    List<JsonObject> items = new java.util.ArrayList<>();
    String next = first;
    while (true) {
      Reply page = api.get(next);
      assertEquals(200, page.status(), page::toString);
      items.addAll(page.items().getValuesAs(JsonObject.class));
      if (!page.json().getBoolean("more")) {
        return items;
      }
      next =
          next.substring(0, next.indexOf('?'))
              + "?size=500&cursor="
              + java.net.URLEncoder.encode(
                  page.json().getString("nextCursor"), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Follows one feed, asserting each change is after the one before: nothing seen twice. */
  private static final class Mirror {
    final Map<String, JsonObject> latest = new java.util.HashMap<>();
    final java.util.Set<String> seen = new java.util.HashSet<>();
    String next;
    String lastKey = "";
    int pages;

    Mirror(String first) {
      this.next = first;
    }

    void follow(Api api, boolean toTheEnd) {
      boolean more = true;
      while (more) {
        Reply page = api.get(next);
        if (page.status() == 429) {
          sleep(1_000);
          continue;
        }
        assertEquals(200, page.status(), page::toString);
        pages++;
        for (JsonObject item : page.items().getValuesAs(JsonObject.class)) {
          String key = item.getString("updatedAt") + " " + item.getString("id");
          assertTrue(seen.add(key), "seen twice: " + key);
          java.time.Instant at = java.time.Instant.parse(item.getString("updatedAt"));
          assertTrue(compare(at, item.getString("id")) > 0, "in (updatedAt, id) order: " + key);
          lastAt = at;
          lastId = item.getString("id");
          latest.put(item.getString("id"), item);
        }
        String base = next.substring(0, next.indexOf('?'));
        next =
            base
                + "?size=7&cursor="
                + java.net.URLEncoder.encode(
                    page.json().getString("nextCursor"), java.nio.charset.StandardCharsets.UTF_8);
        more = page.json().getBoolean("more") && (toTheEnd || pages % 5 != 0);
      }
    }

    java.time.Instant lastAt = java.time.Instant.MIN;
    String lastId = "";

    /** The item's position against the last one; uuids compare as the databases do (unsigned). */
    int compare(java.time.Instant at, String id) {
      int byTime = at.compareTo(lastAt);
      if (byTime != 0 || lastId.isEmpty()) {
        return byTime != 0 ? byTime : 1;
      }
      return java.util.Arrays.compareUnsigned(bytes(id), bytes(lastId));
    }

    private static byte[] bytes(String id) {
      java.util.UUID uuid = java.util.UUID.fromString(id);
      return java.nio.ByteBuffer.allocate(16)
          .putLong(uuid.getMostSignificantBits())
          .putLong(uuid.getLeastSignificantBits())
          .array();
    }
  }

  private static void write(
      Api api, String tag, long until, Map<String, Boolean> written, java.util.Set<String> logged) {
    java.util.Random random = new java.util.Random();
    List<String> mine = new java.util.ArrayList<>();
    while (System.nanoTime() < until) {
      int choice = mine.isEmpty() ? 0 : random.nextInt(4);
      Reply reply;
      if (choice == 0) {
        reply = api.post("accounts", "{\"name\":\"" + tag + " " + mine.size() + "\"}");
        if (reply.status() == 201) {
          mine.add(reply.json().getString("id"));
          written.put(reply.json().getString("id"), true);
        }
      } else {
        String id = mine.get(random.nextInt(mine.size()));
        if (choice == 1) {
          Reply now = api.get("accounts/" + id);
          reply =
              now.status() != 200
                  ? now
                  : api.put(
                      "accounts/" + id,
                      "{\"name\":\"" + now.json().getString("name") + " edited\"}",
                      Map.of("If-Match", now.header("ETag").orElseThrow()));
        } else if (choice == 2) {
          reply =
              api.post(
                  "accounts/" + id + "/interactions",
                  "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"occurredAt\":\""
                      + java.time.Instant.now().minusSeconds(random.nextInt(3600))
                      + "\",\"summary\":\"sync\"}");
          if (reply.status() == 201) {
            logged.add(reply.json().getString("id"));
          }
        } else {
          reply = api.delete("accounts/" + id, Map.of());
          mine.remove(id);
        }
      }
      if (reply.status() == 429) {
        sleep(1_000);
      } else if (reply.status() >= 300 && reply.status() != 412) {
        throw new AssertionError("a write was refused: " + reply);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
