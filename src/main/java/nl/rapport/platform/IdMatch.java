package nl.rapport.platform;

import java.util.Collection;

/**
 * A JPQL condition on a set of ids: {@code = :ids} for one, {@code in :ids} for more. JFR showed
 * Hibernate 6 translating the queries with a list parameter anew on every call (16% of an
 * interaction POST's CPU), and most changes touch one account.
 */
public final class IdMatch {

  private IdMatch() {}

  /** The operator and parameter, to follow a path such as {@code "where i.accountId "}. */
  public static String in(Collection<?> ids) {
    return ids.size() == 1 ? "= :ids" : "in :ids";
  }

  /** The value to bind to {@code :ids}. */
  public static Object value(Collection<?> ids) {
    return ids.size() == 1 ? ids.iterator().next() : ids;
  }
}
