package nl.rapport.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact's marketing consent was recorded on the contact itself (created or changed with it), so
 * that the consent history, which a later feature keeps, has the answer too.
 */
public record ConsentRecorded(
    UUID contactId, boolean given, String source, Instant at, String by) {}
