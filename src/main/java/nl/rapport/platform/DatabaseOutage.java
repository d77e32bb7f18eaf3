package nl.rapport.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Keeps the log readable while the database is away: the first failure of a burst is one line (no
 * stack trace), and the first answer after it one more; the failures between are only counted.
 * Every request still gets its 503. A burst ends with any API answer below 500.
 */
@Provider
public class DatabaseOutage implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** Failed requests in the current burst; 0 when the database answers. */
  private static final AtomicLong failures = new AtomicLong();

  /**
   * The 503 problem when this failure means that the database is away (and noted for the log, once
   * per outage); empty for any other failure. Also for code that runs before JAX-RS (sign-in).
   */
  public static java.util.Optional<Problem> problemFor(Throwable failure) {
    if (!Causes.databaseUnavailable(failure)) {
      return java.util.Optional.empty();
    }
    noticed(failure);
    return java.util.Optional.of(
        new Problem(
            503,
            "Service Unavailable",
            "The database is not answering right now; retry after the time in Retry-After.",
            java.util.List.of()));
  }

  static void noticed(Throwable failure) {
    if (failures.getAndIncrement() == 0) {
      LOG.warning(
          "Database unavailable or not answering in time; answering 503 until it is back: "
              + rootMessage(failure));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 500 && failures.get() > 0) {
      long failed = failures.getAndSet(0);
      if (failed > 0) {
        LOG.info("Database answering again, after " + failed + " requests were answered 503");
      }
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    for (Throwable t : Causes.of(failure)) {
      root = t;
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
