package nl.rapport.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to create or replace an account. The relationship type is only taken at
 * creation (as the framing at acquisition); later changes go through /relationship. The external id
 * is the caller's own key for the account (unique); absent keeps the one it has.
 */
public record AccountInput(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 100) String industry,
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as NL")
        String country,
    @Size(max = 64) String owner,
    @Size(max = 50) List<@NotBlank @Size(max = 64) String> team,
    RelationshipType relationshipType,
    Lifecycle lifecycle,
    Boolean communityMember,
    Boolean socialActivator,
    @PastOrPresent LocalDate customerSince,
    @Size(max = 100) String externalId) {

  /**
   * Declared so that the constraints stay on the fields only: Payara's OpenAPI scanner fails on
   * constraints that a record copies onto its canonical constructor's parameters.
   */
  public AccountInput(
      String name,
      String industry,
      String country,
      String owner,
      List<String> team,
      RelationshipType relationshipType,
      Lifecycle lifecycle,
      Boolean communityMember,
      Boolean socialActivator,
      LocalDate customerSince,
      String externalId) {
    this.name = name;
    this.industry = industry;
    this.country = country;
    this.owner = owner;
    this.team = team;
    this.relationshipType = relationshipType;
    this.lifecycle = lifecycle;
    this.communityMember = communityMember;
    this.socialActivator = socialActivator;
    this.customerSince = customerSince;
    this.externalId = externalId;
  }
}
