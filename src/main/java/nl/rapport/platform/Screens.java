package nl.rapport.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;

/** Small shared pieces for screen beans: bundle texts, messages and dates in the user's zone. */
public final class Screens {

  private Screens() {}

  /**
   * An id from a view parameter; empty when it is missing or not an id (the page shows "not
   * found").
   */
  public static java.util.Optional<java.util.UUID> id(String value) {
    try {
      return java.util.Optional.ofNullable(value).map(java.util.UUID::fromString);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  public static ZoneId zone() {
    return ZoneId.of(ConfigProvider.getConfig().getValue("rapport.ui.time-zone", String.class));
  }

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  public static String label(Enum<?> value) {
    return value == null
        ? ""
        : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  public static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /** Shows a refused change next to the field it names, or at the top, in the reader's words. */
  public static void refused(RapportException e, String clientIdPrefix) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId =
        e.field() == null || clientIdPrefix == null ? null : clientIdPrefix + e.field();
    if (clientId != null && faces.getViewRoot().findComponent(clientId) == null) {
      clientId = null;
    }
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(faces, e), null));
    faces.validationFailed();
  }

  /** A refusal a screen words itself, from the bundle: shown as it is. */
  public static RapportException worded(String field, String message) {
    return new Worded(field, message);
  }

  private static final class Worded extends RapportException {
    private static final long serialVersionUID = 1L;

    Worded(String field, String message) {
      super(422, "Unprocessable Content", field, message);
    }
  }

  // the services word their refusals for the API, in English; these statuses speak API
  // ("If-Match does not match the current ETag") and always get the bundle's words instead
  private static final java.util.Set<Integer> API_WORDED = java.util.Set.of(403, 404, 412, 428);

  /**
   * A refusal in the reader's language: the bundle's words for its field ({@code
   * refusal.field.NAME}) or, in another language than English or for API-worded statuses, for its
   * status ({@code refusal.status.NNN}); else the service's own (English) sentence.
   */
  static String refusal(FacesContext faces, RapportException e) {
    if (e instanceof Worded) {
      return e.getMessage();
    }
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String field = "refusal.field." + e.field();
    if (e.field() != null && bundle.containsKey(field)) {
      return bundle.getString(field);
    }
    String status = "refusal.status." + e.status();
    boolean english = "en".equals(locale().getLanguage());
    if ((!english || API_WORDED.contains(e.status())) && bundle.containsKey(status)) {
      return bundle.getString(status);
    }
    return e.getMessage();
  }

  public static String dateTime(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(at.atZone(zone()));
  }

  public static String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }
}
