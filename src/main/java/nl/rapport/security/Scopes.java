package nl.rapport.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OAuth scopes of the API contract, and which one an operation needs. Plain rules: the token
 * endpoint narrows a request with them, the API edge checks a token with them.
 */
public final class Scopes {

  /** Every scope a client can hold, in the contract's order. */
  public static final List<String> KNOWN =
      List.of(
          "accounts:read",
          "accounts:write",
          "interactions:read",
          "interactions:write",
          "segments:read",
          "campaigns:read",
          "campaigns:write",
          "webhooks:write",
          "privacy:write");

  private Scopes() {}

  /**
   * The scopes in a space-separated list (RFC 6749 §3.3), in the contract's order.
   *
   * @throws IllegalArgumentException naming the first scope that is not one of {@link #KNOWN}
   */
  public static Set<String> parse(String spaceSeparated) {
    Set<String> asked = new LinkedHashSet<>();
    if (spaceSeparated != null) {
      for (String scope : spaceSeparated.trim().split("\\s+")) {
        if (scope.isEmpty()) {
          continue;
        }
        if (!KNOWN.contains(scope)) {
          throw new IllegalArgumentException("unknown scope " + scope);
        }
        asked.add(scope);
      }
    }
    return ordered(asked);
  }

  /** The known scopes among these; others (an external issuer's own) are ignored. */
  public static Set<String> known(String spaceSeparated) {
    Set<String> held = new LinkedHashSet<>();
    if (spaceSeparated != null) {
      for (String scope : spaceSeparated.trim().split("\\s+")) {
        if (KNOWN.contains(scope)) {
          held.add(scope);
        }
      }
    }
    return ordered(held);
  }

  /**
   * What a token asked for gets: all the client holds when it asked for nothing, else exactly what
   * it asked for, if the client holds all of it.
   *
   * @throws IllegalArgumentException naming the first scope asked for but not held
   */
  public static Set<String> grant(Set<String> asked, Set<String> held) {
    if (asked.isEmpty()) {
      return ordered(held);
    }
    for (String scope : asked) {
      if (!held.contains(scope)) {
        throw new IllegalArgumentException("this client does not hold the scope " + scope);
      }
    }
    return ordered(asked);
  }

  /**
   * The scope an operation needs: the declared one when it names an action ({@code segments:read});
   * for a resource name alone ({@code accounts}), read for GET and HEAD, write for everything else.
   */
  public static String required(String declared, String httpMethod) {
    if (declared.indexOf(':') >= 0) {
      return declared;
    }
    String method = httpMethod.toUpperCase(Locale.ROOT);
    boolean reads = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    return declared + (reads ? ":read" : ":write");
  }

  public static String format(Set<String> scopes) {
    return String.join(" ", ordered(scopes));
  }

  private static Set<String> ordered(Set<String> scopes) {
    List<String> list = new ArrayList<>(scopes);
    list.sort(java.util.Comparator.comparingInt(KNOWN::indexOf));
    return new LinkedHashSet<>(list);
  }
}
