package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GDPR over HTTP: a contact's export holds everything about them; the erasure anonymises the
 * contact and every text that names them (summaries, complaint resolutions, the audit trail's
 * values), keeps the statistics, is audited once and is idempotent; private notes stay with the
 * account's managers; consent is a history, with double opt-in for marketing e-mail through a real
 * SMTP server: only the mailed single-use link makes it count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

  private static final String LINK = "https://crm.example.com/rapport/api/v1/consents/confirm";
  private static final Pattern TOKEN =
      Pattern.compile(Pattern.quote(LINK) + "\\?token=([A-Za-z0-9_-]+)");
  private static final int SMTP_PORT = freePort();
  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  /** Mail goes to a real SMTP server in this JVM (GreenMail) for the double opt-in. */
  @Deployment(testable = false)
  static WebArchive deployment() {
    SMTP.start();
    return Deployments.application(
        Map.of(
            "rapport.mail.host",
            "127.0.0.1",
            "rapport.mail.port",
            Integer.toString(SMTP_PORT),
            "rapport.mail.from",
            "crm@example.com",
            "rapport.consent.confirm-url",
            LINK,
            // retention as soon as an account is former, so that a test can see a run at work
            "rapport.privacy.retention-days",
            "0"));
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @ArquillianResource private URL base;

  /** Anna's account with Kees (consenting, with mail, phone, birthday) and moments about him. */
  private record Fixture(String account, String kees, String other) {}

  private Fixture fixture(Api anna) {
    String account = anna.createAccount(Api.unique("Smit Installatietechniek"), null);
    Reply kees =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"Kees\",\"lastName\":\"Vermeulen\",\"email\":\"kees@vermeulen.nl\","
                + "\"phone\":\"06-12345678\",\"jobTitle\":\"Inkoper\",\"birthday\":\"1970-05-04\","
                + "\"marketingConsent\":true,\"consentSource\":\"Beurs Utrecht\"}");
    assertEquals(201, kees.status(), kees::toString);
    String keesId = kees.json().getString("id");
    String other =
        anna.post(
                "accounts/" + account + "/contacts",
                "{\"firstName\":\"Ria\",\"lastName\":\"Bos\",\"email\":\"ria@bos.nl\"}")
            .json()
            .getString("id");
    log(anna, account, keesId, "VISIT", "CHECK_IN", "Kees asked about pricing", false);
    log(anna, account, other, "PHONE", "CHECK_IN", "Ria says Kees Vermeulen retires in May", false);
    log(anna, account, other, "EMAIL", "SALES", "Quote sent to the office", false);
    log(anna, account, keesId, "PHONE", "OTHER", "Kees confided his wife is ill", true);
    String complaint =
        log(anna, account, keesId, "PHONE", "COMPLAINT", "Late delivery, call 0612345678", false);
    String complaintId =
        anna.get("accounts/" + account + "/complaints").items().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("interactionId").equals(complaint))
            .findFirst()
            .orElseThrow()
            .getString("id");
    Reply resolved =
        anna.post(
            "complaints/" + complaintId + "/resolve",
            "{\"firstContactResolution\":true,\"summary\":\"Mailed kees@vermeulen.nl a credit"
                + " note\"}");
    assertEquals(200, resolved.status(), resolved::toString);
    return new Fixture(account, keesId, other);
  }

  private static String log(
      Api api,
      String account,
      String contact,
      String channel,
      String purpose,
      String summary,
      boolean privateNote) {
    Reply logged =
        api.post(
            "accounts/" + account + "/interactions",
            "{\"contactId\":\""
                + contact
                + "\",\"channel\":\""
                + channel
                + "\",\"purpose\":\""
                + purpose
                + "\",\"summary\":\""
                + summary
                + "\",\"privateNote\":"
                + privateNote
                + "}");
    assertEquals(201, logged.status(), logged::toString);
    return logged.json().getString("id");
  }

  private static List<String> summaries(Reply reply, String list) {
    return reply.json().getJsonArray(list).stream()
        .map(JsonValue::asJsonObject)
        .map(i -> i.isNull("summary") ? null : i.getString("summary"))
        .toList();
  }

  @Test
  void theExportHoldsEverythingAboutThePersonAndNothingAboutOthers() {
    Api anna = Api.as(base, "anna");
    Fixture f = fixture(anna);

    Reply export = anna.get("contacts/" + f.kees() + "/personal-data");
    assertEquals(200, export.status(), export::toString);
    assertTrue(export.contentType().startsWith("application/json"), export.contentType());
    assertEquals("no-store", export.header("Cache-Control").orElse(""));
    JsonObject contact = export.json().getJsonObject("contact");
    assertEquals("kees@vermeulen.nl", contact.getString("email"));
    assertEquals("06-12345678", contact.getString("phone"));
    assertEquals("1970-05-04", contact.getString("birthday"));
    assertEquals("Beurs Utrecht", contact.getString("consentSource"));
    assertTrue(contact.isNull("erasedAt"));
    assertEquals(
        List.of(
            "Kees asked about pricing",
            "Kees confided his wife is ill",
            "Late delivery, call 0612345678"),
        summaries(export, "interactions"),
        "the moments with him, his manager reads the private one");
    assertEquals(
        List.of("Ria says Kees Vermeulen retires in May"),
        summaries(export, "mentions"),
        "a moment with someone else that names him; the office quote is not his");
    assertEquals(1, export.json().getJsonArray("complaints").size());
    List<String> actions =
        export.json().getJsonArray("auditTrail").stream()
            .map(a -> a.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("CREATE"), actions);
    assertEquals(
        "kees@vermeulen.nl",
        export
            .json()
            .getJsonArray("auditTrail")
            .getJsonObject(0)
            .getJsonObject("changes")
            .getJsonObject("email")
            .getString("after"));
    assertFalse(export.raw().body().contains("ria@bos.nl"), "nothing about Ria");
  }

  @Test
  void onlyTheAccountsManagersAdministratorsAndPrivacySystemsHandlePersonalData() {
    Api anna = Api.as(base, "anna");
    Fixture f = fixture(anna);
    String path = "contacts/" + f.kees() + "/personal-data";

    Reply marketing = Api.as(base, "maria").get(path);
    assertEquals(403, marketing.status(), "marketing reads the account, not this");
    assertTrue(marketing.contentType().startsWith("application/problem+json"));
    assertEquals(403, Api.as(base, "maria").delete(path, Map.of()).status());
    assertEquals(404, Api.as(base, "bram").get(path).status(), "another's account does not exist");
    assertEquals(404, Api.as(base, "bram").delete(path, Map.of()).status());
    assertEquals(200, Api.as(base, "admin").get(path).status());
    assertEquals(
        403, Api.system(base, "accounts:read", "accounts:write").get(path).status(), "no scope");
    Reply system = Api.system(base, "privacy:write").get(path);
    assertEquals(200, system.status(), system::toString);
    assertTrue(
        summaries(system, "interactions").contains(null),
        "a system never gets a private note's summary: " + summaries(system, "interactions"));
    assertEquals(
        404, anna.get("contacts/00000000-0000-0000-0000-000000000000/personal-data").status());
    assertEquals(404, anna.get("contacts/not-an-id/personal-data").status(), "as every id");
  }

  @Test
  void erasureAnonymisesThePersonEverywhereKeepsTheStatisticsAndIsIdempotent() {
    Api anna = Api.as(base, "anna");
    Api admin = Api.as(base, "admin");
    Fixture f = fixture(anna);
    JsonObject profileBefore = anna.get("accounts/" + f.account() + "/engagement").json();
    int momentsBefore =
        anna.get("accounts/" + f.account() + "/interactions").json().getInt("total");

    Reply erased = anna.delete("contacts/" + f.kees() + "/personal-data", Map.of());
    assertEquals(204, erased.status(), erased::toString);

    assertEquals(404, anna.get("contacts/" + f.kees()).status(), "gone from the contacts");
    assertEquals(
        List.of("Ria Bos"),
        anna.get("accounts/" + f.account() + "/contacts").items().stream()
            .map(
                c ->
                    c.asJsonObject().getString("firstName")
                        + " "
                        + c.asJsonObject().getString("lastName"))
            .toList());
    Reply export = anna.get("contacts/" + f.kees() + "/personal-data");
    assertEquals(200, export.status());
    String body = export.raw().body().toLowerCase(Locale.ROOT);
    for (String trace :
        List.of("kees", "vermeulen", "12345678", "inkoper", "1970-05-04", "utrecht")) {
      assertFalse(body.contains(trace), "the export still holds " + trace + ": " + body);
    }
    JsonObject contact = export.json().getJsonObject("contact");
    assertFalse(contact.isNull("erasedAt"));
    assertFalse(contact.getBoolean("marketingConsent"), "consent goes with the person");
    assertTrue(contact.isNull("email") && contact.isNull("phone") && contact.isNull("birthday"));

    List<String> timeline =
        anna.get("accounts/" + f.account() + "/interactions").items().stream()
            .map(i -> i.asJsonObject().getString("summary"))
            .toList();
    assertTrue(timeline.contains("[erased] asked about pricing"), timeline.toString());
    assertTrue(timeline.contains("Ria says [erased] retires in May"), timeline.toString());
    assertTrue(timeline.contains("Quote sent to the office"), "other texts untouched");
    assertTrue(timeline.contains("Late delivery, call [erased]"), timeline.toString());
    String resolution =
        anna.get("accounts/" + f.account() + "/complaints")
            .items()
            .getJsonObject(0)
            .getString("summary");
    assertEquals("Mailed [erased] a credit note", resolution);

    // the statistics stay: the moments, the engagement numbers
    assertEquals(
        momentsBefore,
        anna.get("accounts/" + f.account() + "/interactions").json().getInt("total"));
    JsonObject profileAfter = anna.get("accounts/" + f.account() + "/engagement").json();
    for (String score : List.of("engagementScore", "experienceScore", "churnRiskScore")) {
      assertEquals(profileBefore.get(score), profileAfter.get(score), score);
    }

    // the audit trail: old values erased, the erasure recorded once, even when asked twice
    assertEquals(204, anna.delete("contacts/" + f.kees() + "/personal-data", Map.of()).status());
    Reply trail = admin.get("audit?entityType=Contact&entityId=" + f.kees());
    assertEquals(200, trail.status(), trail::toString);
    String lines = trail.raw().body().toLowerCase(Locale.ROOT);
    assertFalse(lines.contains("kees") || lines.contains("vermeulen"), lines);
    List<String> actions =
        trail.items().stream().map(a -> a.asJsonObject().getString("action")).toList();
    assertEquals(List.of("ERASE", "CREATE"), actions, "newest first, one erasure");
    JsonObject erasure = trail.items().getJsonObject(0);
    assertEquals("anna", erasure.getString("actor"));
    assertEquals(
        "[erased]", erasure.getJsonObject("changes").getJsonObject("email").getString("before"));
    assertTrue(erasure.getString("detail").startsWith("5 texts redacted"), erasure.toString());
  }

  @Test
  void aPrivateNoteIsReadByTheAccountsManagersOnly() {
    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Notities BV"), null);
    String note = "Worried about his job after the merger";
    Reply logged =
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"summary\":\""
                + note
                + "\",\"privateNote\":true}");
    assertEquals(201, logged.status(), logged::toString);
    assertEquals(note, logged.json().getString("summary"), "the author reads it back");
    assertTrue(logged.json().getBoolean("privateNote"));
    String path = "accounts/" + account + "/interactions";

    for (Api reader : List.of(Api.as(base, "maria"), Api.system(base, "interactions:read"))) {
      JsonObject seen = reader.get(path).items().getJsonObject(0);
      assertTrue(seen.isNull("summary"), "not for marketing or systems: " + seen);
      assertTrue(seen.getBoolean("privateNote"), "they see that there is a note");
      assertEquals("VISIT", seen.getString("channel"), "and the moment itself");
      JsonObject one = reader.get(path + "/" + logged.json().getString("id")).json();
      assertTrue(one.isNull("summary"), one.toString());
    }
    assertEquals(
        note, Api.as(base, "admin").get(path).items().getJsonObject(0).getString("summary"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String contact(Api anna, String email, String extra) {
    String account = anna.createAccount(Api.unique("Toestemming BV"), null);
    Reply made =
        anna.post(
            "accounts/" + account + "/contacts",
            "{\"firstName\":\"Lotte\",\"lastName\":\"Jansen\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (extra == null ? "" : "," + extra)
                + "}");
    assertEquals(201, made.status(), made::toString);
    return made.json().getString("id");
  }

  private static String uniqueMail() {
    return "lotte-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
  }

  /** The mails that reached this address, waiting up to 20 s for the first. */
  private static List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
    long until = System.currentTimeMillis() + 20_000;
    while (true) {
      List<MimeMessage> mine =
          Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
      if (mine.size() >= atLeast || System.currentTimeMillis() > until) {
        return mine;
      }
      Thread.sleep(100);
    }
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address));
    } catch (Exception e) {
      return false;
    }
  }

  /** The mail's text as the person reads it (decoded from its transfer encoding). */
  private static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(MimeMessage mail) {
    Matcher link = TOKEN.matcher(text(mail));
    assertTrue(link.find(), text(mail));
    return link.group(1);
  }

  private Reply open(String token, String language) {
    return Api.anonymous(base)
        .send(
            "GET",
            "consents/confirm?token=" + token,
            null,
            Map.of("Accept", "text/html,*/*;q=0.8", "Accept-Language", language));
  }

  private static List<String> statuses(Reply history) {
    return history.value().asJsonArray().stream()
        .map(c -> c.asJsonObject().getString("status"))
        .toList();
  }

  @Test
  void marketingMailConsentCountsOnlyOnceThePersonOpensTheLinkAndTheLinkWorksOnce()
      throws Exception {
    Api anna = Api.as(base, "anna");
    String email = uniqueMail();
    String lotte = contact(anna, email, "\"preferredLanguage\":\"nl\"");

    Reply given =
        anna.post(
            "contacts/" + lotte + "/consents",
            "{\"purpose\":\"MARKETING_EMAIL\",\"granted\":true,\"source\":\"Website form\"}");
    assertEquals(201, given.status(), given::toString);
    assertEquals("PENDING", given.json().getString("status"));
    assertFalse(given.json().isNull("confirmBefore"));
    assertFalse(
        anna.get("contacts/" + lotte).json().getBoolean("marketingConsent"),
        "pending is no consent: campaigns do not count it");

    List<MimeMessage> mails = mailsTo(email, 1);
    assertEquals(1, mails.size(), "one confirmation mail");
    MimeMessage mail = mails.get(0);
    assertEquals(
        "Bevestig dat u onze e-mails wilt ontvangen", mail.getSubject(), "in her language");
    assertEquals("crm@example.com", mail.getFrom()[0].toString());
    assertTrue(text(mail).startsWith("Beste Lotte Jansen,"), text(mail));
    String token = token(mail);

    Reply confirmed = open(token, "nl");
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertTrue(confirmed.contentType().startsWith("text/html"), confirmed.contentType());
    assertTrue(confirmed.raw().body().contains("Dank u wel"), confirmed.raw().body());
    JsonObject now = anna.get("contacts/" + lotte).json();
    assertTrue(now.getBoolean("marketingConsent"), "confirmed consent counts");
    assertTrue(now.getString("consentSource").startsWith("Double opt-in"), now.toString());
    Reply history = anna.get("contacts/" + lotte + "/consents");
    assertEquals(List.of("GRANTED"), statuses(history));
    assertFalse(history.value().asJsonArray().getJsonObject(0).isNull("confirmedAt"));

    Reply again = open(token, "en");
    assertEquals(410, again.status(), "single use");
    assertTrue(again.raw().body().contains("This link no longer works"), again.raw().body());
    assertEquals(List.of("GRANTED"), statuses(anna.get("contacts/" + lotte + "/consents")));
  }

  @Test
  void aWithdrawalCountsAtOnceAndMakesAnUnconfirmedLinkUseless() throws Exception {
    Api anna = Api.as(base, "anna");
    String email = uniqueMail();
    String lotte =
        contact(anna, email, "\"marketingConsent\":true,\"consentSource\":\"Beurs Utrecht\"");
    assertEquals(
        List.of("GRANTED"),
        statuses(anna.get("contacts/" + lotte + "/consents")),
        "consent recorded on the contact joins the history");

    anna.post(
        "contacts/" + lotte + "/consents",
        "{\"purpose\":\"MARKETING_EMAIL\",\"granted\":true,\"source\":\"Newsletter form\"}");
    String token = token(mailsTo(email, 1).get(0));
    Reply withdrawn =
        anna.post(
            "contacts/" + lotte + "/consents",
            "{\"purpose\":\"MARKETING_EMAIL\",\"granted\":false,\"source\":\"Phone call\"}");
    assertEquals(201, withdrawn.status(), withdrawn::toString);
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    assertFalse(anna.get("contacts/" + lotte).json().getBoolean("marketingConsent"));

    assertEquals(410, open(token, "en").status(), "withdrawn since: the link no longer confirms");
    assertFalse(anna.get("contacts/" + lotte).json().getBoolean("marketingConsent"));
    assertEquals(
        List.of("WITHDRAWN", "PENDING", "GRANTED"),
        statuses(anna.get("contacts/" + lotte + "/consents")),
        "newest first");
  }

  @Test
  void otherPurposesNeedNoMailBadInputNamesTheFieldAndMarketingMayNot() throws Exception {
    Api anna = Api.as(base, "anna");
    String email = uniqueMail();
    String lotte = contact(anna, email, null);
    String path = "contacts/" + lotte + "/consents";

    Reply events = anna.post(path, "{\"purpose\":\"EVENTS\",\"granted\":true,\"source\":\"RSVP\"}");
    assertEquals(201, events.status(), events::toString);
    assertEquals("GRANTED", events.json().getString("status"));
    assertFalse(
        anna.get("contacts/" + lotte).json().getBoolean("marketingConsent"),
        "events are not marketing mail");

    Reply unknown = anna.post(path, "{\"purpose\":\"SPAM\",\"granted\":true}");
    assertEquals(400, unknown.status(), unknown::toString);
    assertEquals(List.of("purpose"), unknown.problemFields());
    Reply noAnswer = anna.post(path, "{\"purpose\":\"EVENTS\"}");
    assertEquals(400, noAnswer.status());
    assertEquals(List.of("granted"), noAnswer.problemFields());
    String noMail = contact(anna, null, null);
    Reply cannotConfirm =
        anna.post(
            "contacts/" + noMail + "/consents",
            "{\"purpose\":\"MARKETING_EMAIL\",\"granted\":true}");
    assertEquals(422, cannotConfirm.status(), cannotConfirm::toString);
    assertEquals(List.of("email"), cannotConfirm.problemFields());

    assertEquals(403, Api.as(base, "maria").get(path).status(), "not marketing");
    assertEquals(
        403,
        Api.as(base, "maria").post(path, "{\"purpose\":\"EVENTS\",\"granted\":true}").status());
    assertEquals(404, Api.as(base, "bram").get(path).status());
    assertEquals(410, open("not-a-token", "en").status());
    assertEquals(410, open("", "en").status());
    assertTrue(mailsTo(email, 1).isEmpty(), "no mail for these");

    Reply export = anna.get("contacts/" + lotte + "/personal-data");
    assertEquals(
        List.of("EVENTS"),
        export.json().getJsonArray("consents").stream()
            .map(JsonValue::asJsonObject)
            .map(c -> c.getString("purpose"))
            .toList(),
        "the export holds the consent history");
  }

  @Test
  void retentionReportsFirstThenAnonymisesTheContactsOfFormerAccountsOnly() {
    Api anna = Api.as(base, "anna");
    Api admin = Api.as(base, "admin");
    String former = anna.createAccount(Api.unique("Opgeheven BV"), null);
    String piet =
        anna.post(
                "accounts/" + former + "/contacts",
                "{\"firstName\":\"Piet\",\"lastName\":\"Klaassen\",\"email\":\"piet@opgeheven.nl\"}")
            .json()
            .getString("id");
    log(anna, former, piet, "PHONE", "CHECK_IN", "Piet Klaassen says they stop", false);
    assertEquals(204, anna.delete("accounts/" + former, Map.of()).status(), "archived: FORMER");
    String active = anna.createAccount(Api.unique("Doorlopend BV"), null);
    String els =
        anna.post(
                "accounts/" + active + "/contacts",
                "{\"firstName\":\"Els\",\"lastName\":\"Actief\"}")
            .json()
            .getString("id");

    assertEquals(403, Api.as(base, "maria").get("admin/retention").status());
    assertEquals(403, anna.post("admin/retention", "").status());
    Reply report = admin.get("admin/retention");
    assertEquals(200, report.status(), report::toString);
    assertTrue(report.json().getBoolean("dryRun"));
    assertEquals(0, report.json().getInt("periodDays"));
    List<String> due =
        report.json().getJsonArray("contacts").stream()
            .map(c -> c.asJsonObject().getString("contactId"))
            .toList();
    assertTrue(due.contains(piet), "the former account's contact is due: " + report);
    assertFalse(due.contains(els), "an active account's contact is not");
    assertEquals(200, anna.get("contacts/" + piet).status(), "a dry run changes nothing");

    Reply run = admin.post("admin/retention", "");
    assertEquals(200, run.status(), run::toString);
    assertFalse(run.json().getBoolean("dryRun"));
    assertTrue(run.json().getInt("erased") >= 1, run.toString());
    JsonObject gone =
        anna.get("contacts/" + piet + "/personal-data").json().getJsonObject("contact");
    assertFalse(gone.isNull("erasedAt"), gone.toString());
    assertTrue(gone.isNull("email"));
    assertEquals(
        "[erased] says they stop",
        anna.get("accounts/" + former + "/interactions")
            .items()
            .getJsonObject(0)
            .getString("summary"));
    assertEquals(
        "retention (admin)",
        admin
            .get("audit?entityType=Contact&entityId=" + piet)
            .items()
            .getJsonObject(0)
            .getString("actor"));
    assertEquals(200, anna.get("contacts/" + els).status(), "the active account keeps its people");
    assertFalse(
        admin.get("admin/retention").json().getJsonArray("contacts").stream()
            .anyMatch(c -> c.asJsonObject().getString("contactId").equals(piet)),
        "an erased contact is not due again");
  }
}
