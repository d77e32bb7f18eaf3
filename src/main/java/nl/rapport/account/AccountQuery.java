package nl.rapport.account;

import nl.rapport.engagement.ChurnRiskBucket;
import nl.rapport.engagement.EngagementLevel;
import nl.rapport.relationship.RelationshipType;

/**
 * Filters and order for the account list. Archived (FORMER) accounts are left out unless the
 * lifecycle filter asks for them.
 */
public record AccountQuery(
    String text,
    RelationshipType relationshipType,
    String owner,
    Lifecycle lifecycle,
    EngagementLevel engagementLevel,
    ChurnRiskBucket churnRisk,
    SortField sortField,
    boolean ascending) {

  public enum SortField {
    NAME("name"),
    INDUSTRY("industry"),
    COUNTRY("country"),
    OWNER("owner"),
    RELATIONSHIP_TYPE("relationshipType"),
    LIFECYCLE("lifecycle"),
    LAST_PERSONAL_CONTACT("lastPersonalContactAt");

    final String attribute;

    SortField(String attribute) {
      this.attribute = attribute;
    }
  }

  public static AccountQuery all() {
    return new AccountQuery(null, null, null, null, null, null, SortField.NAME, true);
  }
}
