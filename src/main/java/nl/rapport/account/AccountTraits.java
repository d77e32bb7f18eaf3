package nl.rapport.account;

import java.time.Instant;
import java.util.UUID;

/** What derived data (the engagement profile) needs to know of an account. */
public record AccountTraits(
    UUID id,
    RelationshipType relationshipType,
    Instant createdAt,
    boolean communityMember,
    boolean socialActivator) {}
