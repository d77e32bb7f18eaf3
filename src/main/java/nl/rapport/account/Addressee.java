package nl.rapport.account;

import java.util.UUID;

/** A contact person a campaign can address, with what it needs to know of their account. */
public record Addressee(
    UUID contactId, UUID accountId, RelationshipType relationshipType, boolean marketingConsent) {}
