package nl.rapport.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountView(
    UUID id,
    String name,
    String industry,
    String country,
    String owner,
    List<String> team,
    RelationshipType relationshipType,
    RelationshipType framingAtAcquisition,
    Lifecycle lifecycle,
    boolean communityMember,
    boolean socialActivator,
    LocalDate customerSince,
    Instant lastPersonalContactAt,
    Instant createdAt,
    Instant updatedAt,
    String externalId)
    implements java.io.Serializable {

  public static AccountView of(Account a) {
    return new AccountView(
        a.getId(),
        a.getName(),
        a.getIndustry(),
        a.getCountry(),
        a.getOwner(),
        a.getTeam().stream().sorted().toList(),
        a.getRelationshipType(),
        a.getFramingAtAcquisition(),
        a.getLifecycle(),
        a.isCommunityMember(),
        a.isSocialActivator(),
        a.getCustomerSince(),
        a.getLastPersonalContactAt(),
        a.getCreatedAt(),
        a.getUpdatedAt(),
        a.getExternalId());
  }
}
