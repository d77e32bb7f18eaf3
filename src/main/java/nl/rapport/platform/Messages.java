package nl.rapport.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the resource bundles outside a screen (e.g. evidence and worklist reasons in the API,
 * which speaks English). Arguments that name a channel, purpose or level are translated too.
 */
public final class Messages {

  public static final String BUNDLE = "nl.rapport.i18n.messages";
  private static final List<String> ENUMS =
      List.of("Channel", "Purpose", "EngagementLevel", "ChurnRiskBucket", "RelationshipType");

  private Messages() {}

  public static String format(Locale locale, String key, List<String> args) {
    // no fallback to the server's default locale: English must stay English on a Dutch server
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (args.isEmpty() ? "" : " " + args);
    }
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = translate(bundle, args.get(i));
    }
    return new MessageFormat(pattern, locale).format(values);
  }

  private static String translate(ResourceBundle bundle, String arg) {
    // "key|arg|arg" names another message: a moment described inside a sentence
    if (arg.startsWith("evidence.") || arg.startsWith("worklist.")) {
      String[] parts = arg.split("\\|", -1);
      if (bundle.containsKey(parts[0])) {
        Object[] nested = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
          nested[i - 1] = translate(bundle, parts[i]);
        }
        return new MessageFormat(bundle.getString(parts[0]), bundle.getLocale()).format(nested);
      }
    }
    for (String type : ENUMS) {
      String key = "enum." + type + "." + arg;
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return arg;
  }
}
