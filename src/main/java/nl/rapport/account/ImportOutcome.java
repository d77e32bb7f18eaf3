package nl.rapport.account;

import nl.rapport.platform.RapportException;

/** What became of one import row; {@code id} is the record it created or changed. */
record ImportOutcome(int row, Kind kind, ImportError error, java.util.UUID id) {

  ImportOutcome(int row, Kind kind, java.util.UUID id) {
    this(row, kind, null, id);
  }

  enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED
  }

  static ImportOutcome failed(int row, RapportException refusal) {
    return new ImportOutcome(
        row, Kind.FAILED, new ImportError(row, refusal.field(), refusal.getMessage()), null);
  }
}
