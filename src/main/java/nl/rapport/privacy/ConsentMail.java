package nl.rapport.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import nl.rapport.platform.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the double opt-in mail after the pending consent has committed (Jakarta Mail to the
 * configured SMTP server), in the person's language. A failure is logged and leaves the consent
 * pending: recording the consent again sends a new link.
 */
@ApplicationScoped
public class ConsentMail {

  private static final Logger LOG = Logger.getLogger(ConsentMail.class.getName());

  @Inject
  @ConfigProperty(name = "rapport.mail.host")
  String host;

  @Inject
  @ConfigProperty(name = "rapport.mail.port")
  int port;

  @Inject
  @ConfigProperty(name = "rapport.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "rapport.mail.starttls")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "rapport.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "rapport.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "rapport.mail.timeout-ms")
  int timeoutMs;

  @Inject
  @ConfigProperty(name = "rapport.consent.confirm-url")
  String confirmUrl;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested request) {
    Locale locale =
        "nl".equalsIgnoreCase(request.language()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    String link =
        confirmUrl
            + (confirmUrl.contains("?") ? "&" : "?")
            + "token="
            + URLEncoder.encode(request.token(), StandardCharsets.UTF_8);
    String until =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC)
            .format(request.expires());
    try {
      MimeMessage mail = new MimeMessage(session());
      mail.setFrom(new InternetAddress(from));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(request.email()));
      mail.setSubject(Messages.format(locale, "consent.mail.subject", List.of()), "UTF-8");
      mail.setText(
          Messages.format(
              locale, "consent.mail.body", List.of(request.name(), link, until + " UTC")),
          "UTF-8");
      Transport.send(mail);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning(
          "The confirmation mail for contact "
              + request.contactId()
              + " was not sent; the consent stays pending: "
              + e);
    }
  }

  private Session session() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", Integer.toString(port));
    p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    p.put("mail.smtp.starttls.required", Boolean.toString(starttls));
    p.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMs));
    p.put("mail.smtp.timeout", Integer.toString(timeoutMs));
    p.put("mail.smtp.writetimeout", Integer.toString(timeoutMs));
    if (username.isPresent()) {
      p.put("mail.smtp.auth", "true");
      String user = username.get();
      String secret = password.orElse("");
      return Session.getInstance(
          p,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, secret);
            }
          });
    }
    return Session.getInstance(p);
  }
}
