package nl.rapport.platform;

import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction) whenever something that feeds an account's derived
 * numbers changes: an interaction, a complaint, its relationship type or its flags. Features that
 * derive data observe it without the changing feature knowing them.
 */
public record AccountChanged(UUID accountId) {}
