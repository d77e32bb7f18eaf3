package nl.rapport.account;

public enum Lifecycle {
  PROSPECT,
  ACTIVE,
  /** Archived: history kept, hidden from lists unless asked for. */
  FORMER
}
