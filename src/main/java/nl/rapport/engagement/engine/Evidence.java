package nl.rapport.engagement.engine;

import java.util.List;
import java.util.UUID;

/**
 * One reason behind a number: which driver, how much it moved it, why (a message code with its
 * arguments, rendered in the reader's language) and, where there is one, the interaction.
 */
public record Evidence(
    Driver driver, double effect, String code, List<String> args, UUID interactionId) {

  public Evidence {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static Evidence of(
      Driver driver, double effect, String code, UUID interactionId, Object... args) {
    return new Evidence(
        driver,
        Math.round(effect * 10) / 10.0,
        code,
        java.util.Arrays.stream(args).map(String::valueOf).toList(),
        interactionId);
  }
}
