package nl.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The properties file is the one source of configuration defaults, and docs/configuration.md tells
 * the truth about it: every key with the same default, no key that nothing reads.
 */
class ConfigurationDocsTest {

  private static final Path DOC = Path.of("docs/configuration.md");
  private static final Path CODE = Path.of("src/main/java");

  /** A table row: | `key` | `default` | meaning | */
  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*`([a-z][a-z0-9.-]*\\.[a-z0-9.-]+)`\\s*\\|\\s*`([^`]*)`\\s*\\|",
          Pattern.MULTILINE);

  private static final Pattern KEY_IN_CODE =
      Pattern.compile("\"((?:rapport|mp)\\.[a-z0-9.-]*[a-z0-9])\"");

  private static Map<String, String> documented() throws IOException {
    Map<String, String> rows = new TreeMap<>();
    Matcher m = ROW.matcher(Files.readString(DOC));
    while (m.find()) {
      rows.put(m.group(1), m.group(2));
    }
    return rows;
  }

  private static Map<String, String> shipped() {
    Properties all = ShippedConfig.all();
    Map<String, String> keys = new TreeMap<>();
    all.stringPropertyNames().forEach(k -> keys.put(k, all.getProperty(k)));
    return keys;
  }

  @Test
  void everyShippedKeyIsDocumentedWithItsDefaultAndNothingElseIs() throws IOException {
    assertEquals(
        shipped(), documented(), "docs/configuration.md vs microprofile-config.properties");
  }

  @Test
  void everyKeyTheCodeNamesHasItsDefaultInThePropertiesFile() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CODE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertTrue(named.contains("rapport.ui.time-zone"), "the scan finds keys: " + named);
    Set<String> missing = new TreeSet<>(named);
    missing.removeAll(shipped().keySet());
    assertEquals(Set.of(), missing, "keys read in code without a default in the properties file");
  }

  @Test
  void theCodeDeclaresNoDefaultsOfItsOwn() throws IOException {
    try (Stream<Path> files = Files.walk(CODE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        assertTrue(!source.contains("defaultValue ="), file + " declares a config default in code");
      }
    }
  }

  @Test
  void theDatabaseVariablesAreDocumented() throws IOException {
    String doc = Files.readString(DOC);
    String database = Files.readString(CODE.resolve("nl/rapport/platform/Database.java"));
    for (String variable : Set.of("RAPPORT_DB_URL", "RAPPORT_DB_USER", "RAPPORT_DB_PASSWORD")) {
      assertTrue(database.contains("MPCONFIG=" + variable), variable + " is read");
      assertTrue(doc.contains("`" + variable + "`"), variable + " is documented");
    }
  }
}
