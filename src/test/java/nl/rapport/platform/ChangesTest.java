package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

  private static Map<String, Object> state(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void onlyTheFieldsThatDifferAreKeptInTheirOrder() {
    Changes changes =
        Changes.between(
            state("name", "Acme", "industry", null, "owner", "anna"),
            state("name", "Acme BV", "industry", "Retail", "owner", "anna"));
    assertEquals(List.of("name", "industry"), List.copyOf(changes.fields().keySet()));
    assertEquals(new Changes.Change("Acme", "Acme BV"), changes.fields().get("name"));
    assertEquals(new Changes.Change(null, "Retail"), changes.fields().get("industry"));
  }

  @Test
  void setsCompareAsTheirSortedMembers() {
    assertTrue(
        Changes.between(state("roles", Set.of("B", "A")), state("roles", List.of("A", "B")))
            .isEmpty());
    assertEquals(
        new Changes.Change("A", "A,B"),
        Changes.between(state("roles", Set.of("A")), state("roles", Set.of("B", "A")))
            .fields()
            .get("roles"));
  }

  @Test
  void createdHasNoBeforeAndNullsAreLeftOut() {
    Changes created = Changes.created(state("name", "Acme", "industry", null));
    assertEquals(Map.of("name", new Changes.Change(null, "Acme")), created.fields());
  }

  @Test
  void jsonRoundTripsIncludingNullsAndQuotes() {
    Changes changes =
        Changes.between(
            state("name", "Say \"hi\"", "phone", "+31 6"), state("name", "x", "phone", null));
    String json = changes.toJson();
    assertEquals(changes, Changes.fromJson(json));
    assertTrue(json.contains("\"after\":null"), json);
    assertTrue(Changes.fromJson(null).isEmpty());
  }

  @Test
  void erasingReplacesTheValuesOfPersonalFieldsOnly() {
    Changes changes =
        Changes.between(
            state("email", "jan@example.nl", "preferredChannel", null),
            state("email", "jan@acme.nl", "preferredChannel", "PHONE"));
    Changes erased = changes.erase(Set.of("email")::contains);
    assertEquals(new Changes.Change(Changes.ERASED, Changes.ERASED), erased.fields().get("email"));
    assertEquals(new Changes.Change(null, "PHONE"), erased.fields().get("preferredChannel"));
  }

  @Test
  void longValuesAreCut() {
    String longText = "x".repeat(2000);
    String after = Changes.of("summary", null, longText).fields().get("summary").after();
    assertEquals(Changes.MAX_VALUE_LENGTH + 1, after.length());
  }
}
