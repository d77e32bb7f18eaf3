package nl.rapport.interaction;

/**
 * Fired (synchronously, inside the transaction) when a contact moment is logged, in place of an
 * {@link nl.rapport.platform.AccountChanged}: it carries the moment, so that derived data can add
 * it to what it holds instead of reading the account's whole history again. A correction replaces
 * an earlier version, which such data cannot subtract exactly; {@code correction} says so.
 */
public record MomentLogged(LoggedMoment moment, boolean correction) {}
