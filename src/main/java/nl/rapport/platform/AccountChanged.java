package nl.rapport.platform;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) whenever something that feeds an account's derived
 * numbers changes: a complaint resolved, its relationship type, its flags, the account itself. A
 * newly logged interaction fires the interaction feature's {@code MomentLogged} instead, which
 * carries the moment. Features that derive data observe them without the changing feature knowing
 * them.
 */
public record AccountChanged(UUID accountId) {}
