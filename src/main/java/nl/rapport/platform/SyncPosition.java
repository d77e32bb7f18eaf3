package nl.rapport.platform;

import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a reader of a delta feed is: after the row {@code (updatedAt, id)} in the order of {@code
 * updated_at, id}, or (with no id) at {@code updatedAt} itself, from {@code updatedSince=}. The
 * cursor handed out is this position, opaque to callers (base64url of {@code micros:uuid}), so that
 * the keyset can change without breaking their code.
 */
public record SyncPosition(Instant updatedAt, UUID id) {

  // both databases keep years 1..9999 alike; a moment outside would fail in the query, not here
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private static boolean storable(Instant at) {
    return !at.isBefore(FIRST) && !at.isAfter(LAST);
  }

  /**
   * The position a request asks for: from {@code updatedSince} (inclusive) or after a {@code
   * cursor}; empty when it asks for neither (then it is not a feed request).
   *
   * @throws RapportException 400 naming the parameter that is malformed, or both when both are
   *     given
   */
  public static Optional<SyncPosition> of(String updatedSince, String cursor) {
    boolean since = updatedSince != null && !updatedSince.isBlank();
    boolean after = cursor != null && !cursor.isBlank();
    if (since && after) {
      throw RapportException.badRequest(
          "cursor", "give updatedSince to start a feed or cursor to go on, not both");
    }
    if (since) {
      try {
        Instant at = Instant.parse(updatedSince.strip());
        if (!storable(at)) {
          throw new DateTimeParseException("out of range", updatedSince, 0);
        }
        return Optional.of(new SyncPosition(at, null));
      } catch (DateTimeParseException e) {
        throw RapportException.badRequest(
            "updatedSince",
            "updatedSince must be an ISO-8601 UTC time such as 2026-01-31T12:00:00Z");
      }
    }
    return after ? Optional.of(decode(cursor.strip())) : Optional.empty();
  }

  /**
   * The JPQL condition for rows after this position, up to {@code :syncUntil}, on an entity with
   * {@code updatedAt} and {@code id}; bind it with {@link #bind}. Order such a query by {@link
   * #order}.
   */
  public String where(String alias) {
    String at = alias + ".updatedAt";
    String after =
        id == null
            ? at + " >= :syncAt"
            : "(" + at + " > :syncAt or (" + at + " = :syncAt and " + alias + ".id > :syncId))";
    return after + " and " + at + " <= :syncUntil";
  }

  public static String order(String alias) {
    return " order by " + alias + ".updatedAt, " + alias + ".id";
  }

  /** Binds {@link #where}'s parameters; rows changed after {@code until} wait for a later call. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query, Instant until) {
    query.setParameter("syncAt", updatedAt).setParameter("syncUntil", until);
    if (id != null) {
      query.setParameter("syncId", id);
    }
    return query;
  }

  /** The position just after this row. */
  public static SyncPosition after(Instant updatedAt, UUID id) {
    return new SyncPosition(updatedAt, id);
  }

  public String cursor() {
    long micros =
        Math.addExact(
            Math.multiplyExact(updatedAt.getEpochSecond(), 1_000_000L), updatedAt.getNano() / 1000);
    String plain = micros + ":" + (id == null ? "" : id.toString());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static SyncPosition decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      long micros = Long.parseLong(plain.substring(0, colon));
      String id = plain.substring(colon + 1);
      Instant at =
          Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
      if (!storable(at)) {
        throw new IllegalArgumentException("out of range");
      }
      return new SyncPosition(at, id.isEmpty() ? null : UUID.fromString(id));
    } catch (IllegalArgumentException
        | IndexOutOfBoundsException
        | ArithmeticException
        | java.time.DateTimeException e) {
      throw RapportException.badRequest(
          "cursor", "cursor is not one this API handed out (use nextCursor as it is)");
    }
  }
}
