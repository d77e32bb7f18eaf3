package nl.rapport.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What erasure does to free text: every word that names the person (the full name, the first and
 * the last name, the e-mail address, the phone number however it is punctuated) becomes {@value
 * #MARK}, matched as whole words and ignoring case. It errs on the side of removing: a colleague
 * with the same first name is redacted too.
 */
public final class Redaction implements UnaryOperator<String> {

  public static final String MARK = "[erased]";

  /** Shorter names are not matched alone: "Jo" would take too many ordinary words with it. */
  static final int MIN_NAME_LENGTH = 2;

  /** A phone number is matched by its digits, when it has enough of them to be one. */
  static final int MIN_PHONE_DIGITS = 6;

  private final Pattern pattern;

  private Redaction(Pattern pattern) {
    this.pattern = pattern;
  }

  public static Redaction of(String firstName, String lastName, String email, String phone) {
    List<String> alternatives = new ArrayList<>();
    List<String> words = new ArrayList<>();
    String first = clean(firstName);
    String last = clean(lastName);
    if (!first.isEmpty() && !last.isEmpty()) {
      words.add(first + " " + last);
      words.add(last + ", " + first);
    }
    for (String name : List.of(first, last)) {
      if (name.length() >= MIN_NAME_LENGTH) {
        words.add(name);
      }
    }
    String mail = clean(email);
    if (!mail.isEmpty()) {
      words.add(mail);
    }
    // longest first, so that "Kees Smit" goes as one and not as two marks
    words.sort(Comparator.comparingInt(String::length).reversed());
    words.forEach(w -> alternatives.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q")));
    String digits = phone == null ? "" : phone.replaceAll("\\D", "");
    if (digits.length() >= MIN_PHONE_DIGITS) {
      // 06-1234 5678, (06) 12345678, 0612345678: the digits in order, anything but digits between
      StringBuilder number = new StringBuilder(phone.strip().startsWith("+") ? "\\+?" : "\\(?");
      for (int i = 0; i < digits.length(); i++) {
        number.append(i == 0 ? "" : "[\\s().-]{0,2}").append(digits.charAt(i));
      }
      alternatives.add(0, number.toString());
    }
    if (alternatives.isEmpty()) {
      return new Redaction(null);
    }
    String boundary =
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
    return new Redaction(
        Pattern.compile(boundary, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip().replaceAll("\\s+", " ");
  }

  /** Whether this text names the person. */
  public boolean matches(String text) {
    return text != null && pattern != null && pattern.matcher(text).find();
  }

  @Override
  public String apply(String text) {
    if (text == null || pattern == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
  }

  @Override
  public String toString() {
    return pattern == null ? "nothing" : pattern.pattern().toLowerCase(Locale.ROOT);
  }
}
