package nl.rapport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far behind now a delta feed reads. A row's {@code updated_at} is stamped at flush and becomes
 * visible at commit, a moment later, and another node's clock may run a little ahead: a reader that
 * went past a moment could miss a row stamped before it but committed after. Rows show in a feed
 * once they are older than the settle time, so every transaction shorter than it, on nodes whose
 * clocks differ by less, is seen exactly once (docs/api.md, "Delta sync").
 */
@ApplicationScoped
public class SyncWindow {

  @Inject
  @ConfigProperty(name = "rapport.sync.settle-millis")
  long settleMillis;

  /** The newest change a feed may hand out now. */
  public Instant until() {
    return Instants.now().minus(Duration.ofMillis(settleMillis));
  }

  /** The largest feed page, and the default when none is asked for. */
  public static final int MAX_SIZE = 500;

  public static final int DEFAULT_SIZE = 100;

  /** The page size a feed request asks for: 1..500, 100 by default; 400 naming {@code size}. */
  public static int size(String size) {
    Integer asked = Params.integer(size, "size");
    if (asked == null) {
      return DEFAULT_SIZE;
    }
    if (asked < 1 || asked > MAX_SIZE) {
      throw RapportException.badRequest("size", "size must be between 1 and " + MAX_SIZE);
    }
    return asked;
  }
}
