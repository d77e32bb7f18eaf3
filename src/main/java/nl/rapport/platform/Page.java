package nl.rapport.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items", "page", "size", "total"}}; pages count from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

  /**
   * A complete, unpaged list in the page shape (small lists: contacts, complaints, brand values).
   */
  public static <T> Page<T> all(java.util.List<T> items) {
    return new Page<>(items, 0, Math.max(1, items.size()), items.size());
  }

  public <R> Page<R> map(Function<? super T, R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
