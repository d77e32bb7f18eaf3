package nl.rapport.platform;

import java.time.Instant;

/** Which audit lines to read; every part optional, and the parts AND-ed. */
public record AuditQuery(
    String entityType, String entityKey, String actor, Instant from, Instant to) {}
