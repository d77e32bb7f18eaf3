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
 * Consent as a history, and double opt-in for marketing e-mail through a real SMTP server
 * (GreenMail, in this JVM): the mail carries a single-use link; only its confirmation makes the
 * consent count; a withdrawal counts at once and makes the link useless.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentIT {

  private static final String LINK = "https://crm.example.com/rapport/api/v1/consents/confirm";
  private static final Pattern TOKEN =
      Pattern.compile(Pattern.quote(LINK) + "\\?token=([A-Za-z0-9_-]+)");
  private static final int SMTP_PORT = freePort();
  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

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
            LINK));
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @ArquillianResource private URL base;

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
}
