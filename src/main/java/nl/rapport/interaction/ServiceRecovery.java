package nl.rapport.interaction;

import java.time.Duration;

/**
 * How well a complaint was recovered (seeds 001, 003: the service recovery paradox).
 *
 * <ul>
 *   <li>GOOD: resolved in the first conversation and within {@code goodWithin}: a high point.
 *   <li>POOR: slower than {@code poorAfter}, or passed around (no first-contact resolution) and
 *       slower than {@code goodWithin}: a low point and a churn signal.
 *   <li>FAIR: the rest.
 * </ul>
 */
public final class ServiceRecovery {

  public enum Quality {
    GOOD,
    FAIR,
    POOR
  }

  private final Duration goodWithin;
  private final Duration poorAfter;

  public ServiceRecovery(Duration goodWithin, Duration poorAfter) {
    if (goodWithin.compareTo(poorAfter) > 0) {
      throw new IllegalArgumentException("goodWithin must not exceed poorAfter");
    }
    this.goodWithin = goodWithin;
    this.poorAfter = poorAfter;
  }

  public Quality assess(boolean firstContactResolution, Duration timeToResolve) {
    if (timeToResolve.isNegative()) {
      throw new IllegalArgumentException("timeToResolve must not be negative");
    }
    boolean fast = timeToResolve.compareTo(goodWithin) <= 0;
    if (timeToResolve.compareTo(poorAfter) > 0 || (!firstContactResolution && !fast)) {
      return Quality.POOR;
    }
    return firstContactResolution && fast ? Quality.GOOD : Quality.FAIR;
  }
}
