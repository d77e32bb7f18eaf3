package nl.rapport.account;

import java.util.List;

/**
 * What an import did, or (a dry run) would do: rows read, created, updated, unchanged, and the rows
 * that failed with why; {@code errors} lists the first {@link #MAX_ERRORS}, {@code failed} counts
 * them all.
 */
public record ImportReport(
    boolean dryRun,
    int rows,
    int created,
    int updated,
    int unchanged,
    int failed,
    List<ImportError> errors)
    implements java.io.Serializable {

  public static final int MAX_ERRORS = 1000;
}
