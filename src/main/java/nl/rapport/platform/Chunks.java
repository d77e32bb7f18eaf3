package nl.rapport.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A long id list in pieces for {@code in (:ids)} queries: a database takes a limited number of bind
 * parameters per statement (PostgreSQL 65,535), and a portfolio can be larger.
 */
public final class Chunks {

  /** Ids per statement: well under every limit, large enough to keep the statements few. */
  public static final int SIZE = 1000;

  private Chunks() {}

  public static <T> List<List<T>> of(Collection<T> items) {
    List<T> all = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
    }
    return chunks;
  }
}
