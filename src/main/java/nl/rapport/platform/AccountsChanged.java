package nl.rapport.platform;

import java.util.Collection;
import java.util.UUID;

/**
 * Many accounts changed at once and committed (an import batch): fired asynchronously, so that
 * observers derive their data for all of them together, in their own transaction.
 */
public record AccountsChanged(Collection<UUID> accountIds) {}
