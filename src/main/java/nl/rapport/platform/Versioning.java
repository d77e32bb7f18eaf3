package nl.rapport.platform;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity's version; an update must send it back
 * in If-Match (missing: 428, stale: 412).
 */
public final class Versioning {

  private Versioning() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the client last saw, from an If-Match header; 428 when absent. */
  public static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw RapportException.preconditionRequired(
          "This update needs an If-Match header with the ETag from GET.");
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw RapportException.preconditionFailed("If-Match does not match the current ETag.");
    }
  }

  /** Throws 412 when the entity moved on since the client read it. */
  public static void check(long expected, long actual) {
    if (expected != actual) {
      throw RapportException.preconditionFailed(
          "The resource was changed by someone else (ETag \"" + actual + "\"); GET it again.");
    }
  }
}
