package nl.rapport.platform;

/** Validated paging parameters: page from 0, size 1..200 (default 20). */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw RapportException.badRequest("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw RapportException.badRequest("size", "size must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw RapportException.badRequest("page", "page is beyond any list (page × size too large)");
    }
  }

  /** From raw query parameters; null means the default. */
  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return page * size;
  }
}
