package nl.rapport.engagement.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence that says the same thing more than once (four open complaints, each its own piece of
 * evidence) told once, with how often and their effect together: "Open complaint ×4, −20". Groups
 * keep the order of their first piece.
 */
public record EvidenceGroup(
    Driver driver, String code, List<String> args, double effect, int count) {

  public EvidenceGroup {
    args = List.copyOf(args);
  }

  public static List<EvidenceGroup> of(List<Evidence> evidence) {
    Map<List<Object>, EvidenceGroup> groups = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      groups.merge(
          List.of(e.driver(), e.code(), e.args()),
          new EvidenceGroup(e.driver(), e.code(), e.args(), e.effect(), 1),
          (a, b) ->
              new EvidenceGroup(
                  a.driver(),
                  a.code(),
                  a.args(),
                  Math.round((a.effect() + b.effect()) * 10) / 10.0,
                  a.count() + b.count()));
    }
    return new ArrayList<>(groups.values());
  }
}
