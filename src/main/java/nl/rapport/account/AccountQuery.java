package nl.rapport.account;

/**
 * Filters and order for an account search. Archived (FORMER) accounts are left out unless the
 * lifecycle filter asks for them or {@code archivedToo} is set; {@code condition} is what a later
 * feature adds (see {@link AccountCondition}), or null.
 */
public record AccountQuery(
    String text,
    RelationshipType relationshipType,
    String owner,
    Lifecycle lifecycle,
    SortField sortField,
    boolean ascending,
    boolean archivedToo,
    AccountCondition condition) {

  public enum SortField {
    NAME("name", true),
    INDUSTRY("industry", true),
    COUNTRY("country", true),
    OWNER("owner", true),
    RELATIONSHIP_TYPE("relationshipType", false),
    LIFECYCLE("lifecycle", false),
    LAST_PERSONAL_CONTACT("lastPersonalContactAt", false);

    private final String attribute;
    private final boolean text;

    SortField(String attribute, boolean text) {
      this.attribute = attribute;
      this.text = text;
    }

    /** The entity attribute, which is also the column key the screens sort by. */
    public String attribute() {
      return attribute;
    }

    /** Free text, sorted as people read it: "de Vries" beside "De Wit", not after "Zeeman". */
    public boolean text() {
      return text;
    }
  }

  public AccountQuery(
      String text,
      RelationshipType relationshipType,
      String owner,
      Lifecycle lifecycle,
      SortField sortField,
      boolean ascending) {
    this(text, relationshipType, owner, lifecycle, sortField, ascending, false, null);
  }

  /** Every account the caller may see, archived ones left out, by name. */
  public static AccountQuery all() {
    return new AccountQuery(null, null, null, null, SortField.NAME, true);
  }

  /** The same search narrowed by a later feature's condition. */
  public AccountQuery where(AccountCondition condition) {
    return new AccountQuery(
        text, relationshipType, owner, lifecycle, sortField, ascending, archivedToo, condition);
  }

  /** The same search with archived accounts kept in. */
  public AccountQuery includingArchived() {
    return new AccountQuery(
        text, relationshipType, owner, lifecycle, sortField, ascending, true, condition);
  }
}
