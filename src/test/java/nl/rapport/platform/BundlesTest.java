package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The screens' two languages say the same things: every key in both bundles, with the same
 * placeholders, none empty. (Whether a page in Dutch still shows English is a browser test's.)
 */
class BundlesTest {

  /** One file on its own (a ResourceBundle would show the base file's keys through the Dutch). */
  private static java.util.Properties bundle(String file) {
    java.util.Properties texts = new java.util.Properties();
    try (var in = BundlesTest.class.getResourceAsStream("/nl/rapport/i18n/" + file)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return texts;
  }

  private static final String ENGLISH = "messages.properties";
  private static final String DUTCH = "messages_nl.properties";

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void dutchAndEnglishHaveTheSameKeys() {
    Set<String> english = new TreeSet<>(bundle(ENGLISH).stringPropertyNames());
    Set<String> dutch = new TreeSet<>(bundle(DUTCH).stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(dutch);
    Set<String> onlyDutch = new TreeSet<>(dutch);
    onlyDutch.removeAll(english);
    assertEquals(Set.of(), onlyEnglish, "missing in Dutch");
    assertEquals(Set.of(), onlyDutch, "missing in English");
    assertTrue(english.size() > 300, "the bundles were read: " + english.size());
  }

  @Test
  void eachTextHasTheSamePlaceholdersInBothAndNoneIsEmpty() {
    java.util.Properties english = bundle(ENGLISH);
    java.util.Properties dutch = bundle(DUTCH);
    List<String> wrong = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String nl = dutch.getProperty(key);
      if (en.isBlank() || nl.isBlank()) {
        wrong.add(key + ": empty");
      } else if (!placeholders(en).equals(placeholders(nl))) {
        wrong.add(key + ": " + placeholders(en) + " in English, " + placeholders(nl) + " in Dutch");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aPlaceholderIsFoundWhereverItStands() {
    assertEquals(Set.of("0", "1"), placeholders("{0} rows read ({1,number} %)"));
    assertEquals(Set.of(), placeholders("no placeholder"));
  }
}
