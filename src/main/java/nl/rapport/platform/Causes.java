package nl.rapport.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A failure and the causes behind it. The EJB container, JTA and Hibernate each wrap what went
 * wrong (a commit-time version conflict arrives as a rollback of a rollback), so whoever explains a
 * failure looks through the whole chain.
 */
public final class Causes {

  /** SQL state of a unique (or primary key) violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Causes() {}

  /** The failure itself, then its causes and suppressed ones, outermost first, each once. */
  public static List<Throwable> of(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable t = failure;
    while (t != null && seen.add(t)) {
      chain.add(t);
      t = t.getCause();
    }
    return chain;
  }

  /** The innermost cause: what actually went wrong, for a message about it. */
  public static Throwable root(Throwable failure) {
    List<Throwable> chain = of(failure);
    return chain.get(chain.size() - 1);
  }

  /**
   * Whether the failure says the database cannot be reached or did not answer in time (refused or
   * broken connections, no connection from the pool within its wait, a statement timeout), as
   * opposed to a bug or a refused change. Such failures are temporary: the caller may retry.
   */
  public static boolean databaseUnavailable(Throwable failure) {
    for (Throwable t : of(failure)) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof java.sql.SQLRecoverableException
          || t instanceof java.sql.SQLTimeoutException
          || t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof org.hibernate.QueryTimeoutException
          || t instanceof jakarta.persistence.QueryTimeoutException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57014"))) {
        return true; // connection exceptions; 57014: statement cancelled (timeout)
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Unable to acquire JDBC Connection")
          || message.contains("Error in allocating a connection")
          || message.contains("Connection could not be allocated")) {
        return true; // Payara's pool: no connection within its wait, or the database refused
      }
    }
    return false;
  }

  /** The first failure of this type in the chain. */
  public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    return of(failure).stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /**
   * Whether the failure is a violation of this unique constraint (by name, without case: H2 adds
   * schema and index names around it).
   */
  public static boolean violatesUnique(Throwable failure, String constraint) {
    String wanted = constraint.toLowerCase(Locale.ROOT);
    return find(failure, org.hibernate.exception.ConstraintViolationException.class)
        .filter(v -> UNIQUE_VIOLATION.equals(v.getSQLState()))
        .filter(
            v ->
                (v.getConstraintName() != null
                        && v.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted))
                    || String.valueOf(v.getSQLException().getMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains(wanted))
        .isPresent();
  }
}
