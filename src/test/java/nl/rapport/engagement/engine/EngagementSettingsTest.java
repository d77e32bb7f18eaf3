package nl.rapport.engagement.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.rapport.ShippedConfig;
import nl.rapport.account.RelationshipType;
import org.junit.jupiter.api.Test;

class EngagementSettingsTest {

  private static final String PREFIX = "rapport.engagement.";

  private static Map<String, String> shipped() {
    Properties all = ShippedConfig.all();
    Map<String, String> engagement = new HashMap<>();
    for (String key : all.stringPropertyNames()) {
      if (key.startsWith(PREFIX) && !key.startsWith(PREFIX + "recompute.")) {
        engagement.put(key.substring(PREFIX.length()), all.getProperty(key));
      }
    }
    return engagement;
  }

  @Test
  void readsEveryShippedKeyAndNoOther() {
    Set<String> read = new TreeSet<>();
    Map<String, String> shipped = shipped();
    EngagementSettings.from(
        key -> {
          read.add(key);
          return shipped.get(key);
        });
    assertEquals(new TreeSet<>(shipped.keySet()), read, "no dead key, no key without a default");
  }

  @Test
  void theShippedDefaults() {
    EngagementSettings s = ShippedConfig.engagement();
    assertEquals(180, s.halfLifeDays());
    assertEquals(0.3, s.identificationWeight());
    assertEquals(0.4, s.experienceWeight());
    assertEquals(0.3, s.relationalWeight());
    assertEquals(80, s.ambassadorFrom());
    assertEquals(3, s.highEffortMax());
    assertEquals(60, s.highRiskFrom());
  }

  @Test
  void aConfiguredValueWinsAndIsTrimmed() {
    Map<String, String> values = shipped();
    values.put("half-life-days", " 90 ");
    values.put("cadence.communal-sharing-days", "14");
    EngagementSettings s = EngagementSettings.from(values::get);
    assertEquals(90, s.halfLifeDays());
    assertEquals(14, s.cadenceDays(RelationshipType.COMMUNAL_SHARING));
  }

  @Test
  void aMissingOrBlankKeyIsRefusedByName() {
    Map<String, String> values = shipped();
    values.remove("churn.high-from");
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> EngagementSettings.from(values::get));
    assertTrue(missing.getMessage().contains("churn.high-from"), missing.getMessage());
    values.put("churn.high-from", " ");
    assertThrows(IllegalStateException.class, () -> EngagementSettings.from(values::get));
  }

  @Test
  void aValueThatIsNoNumberIsRefused() {
    Map<String, String> values = shipped();
    values.put("advocacy-window-days", "a year");
    assertThrows(NumberFormatException.class, () -> EngagementSettings.from(values::get));
  }

  @Test
  void communalAccountsNeedTheMostPersonalContactAndProspectsTheLeast() {
    EngagementSettings s = ShippedConfig.engagement();
    assertEquals(30, s.cadenceDays(RelationshipType.COMMUNAL_SHARING));
    assertEquals(60, s.cadenceDays(RelationshipType.MARKET_PRICING));
    assertEquals(90, s.cadenceDays(RelationshipType.UNFRAMED));
    assertEquals(90, s.cadenceDays(null), "no type yet counts as unframed");
    assertEquals(
        Set.of(30, 60, 90),
        java.util.Arrays.stream(RelationshipType.values())
            .map(s::cadenceDays)
            .collect(Collectors.toSet()));
  }
}
