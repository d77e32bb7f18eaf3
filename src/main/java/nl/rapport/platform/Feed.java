package nl.rapport.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a delta feed: {@code {"items", "size", "nextCursor", "more"}}. {@code nextCursor} is
 * always given (when nothing changed, it is where the reader already was), so a mirror stores it
 * and asks again later; {@code more} says whether to ask again at once.
 */
public record Feed<T>(List<T> items, int size, String nextCursor, boolean more) {

  /**
   * The page from rows read with one row more than {@code size} (that one only says there is more),
   * in (updatedAt, id) order, starting after {@code from}.
   */
  public static <T> Feed<T> of(
      List<T> rows,
      int size,
      SyncPosition from,
      Function<T, Instant> updatedAt,
      Function<T, UUID> id) {
    boolean more = rows.size() > size;
    List<T> items = more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows);
    SyncPosition next =
        items.isEmpty()
            ? from
            : SyncPosition.after(
                updatedAt.apply(items.get(items.size() - 1)),
                id.apply(items.get(items.size() - 1)));
    return new Feed<>(items, items.size(), next.cursor(), more);
  }

  public <R> Feed<R> map(Function<? super T, R> mapper) {
    return new Feed<>(items.stream().<R>map(mapper).toList(), size, nextCursor, more);
  }
}
