package nl.rapport.account;

import java.util.List;
import java.util.Set;

/**
 * One row of an account import: the account with this external id gets the row's columns; columns
 * the file does not have keep their value (a new account gets the defaults). Parsing records a
 * problem per column instead of stopping.
 */
record ImportedAccount(int row, String externalId, Set<String> columns, AccountInput input) {

  static final Set<String> COLUMNS =
      ImportCells.columns(
          "externalId",
          "name",
          "industry",
          "country",
          "owner",
          "team",
          "relationshipType",
          "lifecycle",
          "communityMember",
          "socialActivator",
          "customerSince");

  /** In the header; a new account also needs a name (checked when it is stored). */
  static final Set<String> REQUIRED = Set.of("externalId");

  /** The row as an account, or the problems that keep it out. */
  static Parsed parse(CsvRows.Row row, List<String> header) {
    ImportCells cells = new ImportCells(row);
    String externalId = cells.text("externalId");
    if (externalId == null) {
      cells.fail("externalId", "must not be blank: rows upsert by it");
    } else if (externalId.length() > 100) {
      cells.fail("externalId", "size must be between 0 and 100");
    }
    AccountInput input =
        new AccountInput(
            cells.text("name"),
            cells.text("industry"),
            cells.text("country"),
            cells.text("owner"),
            cells.names("team"),
            cells.choice("relationshipType", RelationshipType.class),
            cells.choice("lifecycle", Lifecycle.class),
            cells.bool("communityMember"),
            cells.bool("socialActivator"),
            cells.date("customerSince"),
            null); // the row's external id is the import's key, handled on its own
    cells.validate(input, header);
    return cells.errors().isEmpty()
        ? new Parsed(new ImportedAccount(row.number(), externalId, Set.copyOf(header), input), null)
        : new Parsed(null, cells.errors());
  }

  record Parsed(ImportedAccount account, List<ImportError> errors) {}

  /** What the account becomes: the row's columns over what it is (new: over nothing). */
  AccountInput over(Account current) {
    if (current == null) {
      return input;
    }
    return new AccountInput(
        columns.contains("name") ? input.name() : current.getName(),
        columns.contains("industry") ? input.industry() : current.getIndustry(),
        columns.contains("country") ? input.country() : current.getCountry(),
        columns.contains("owner") && input.owner() != null ? input.owner() : current.getOwner(),
        columns.contains("team")
            ? (input.team() == null ? List.of() : input.team())
            : List.copyOf(current.getTeam()),
        columns.contains("relationshipType") && input.relationshipType() != null
            ? input.relationshipType()
            : current.getRelationshipType(),
        columns.contains("lifecycle") && input.lifecycle() != null
            ? input.lifecycle()
            : current.getLifecycle(),
        columns.contains("communityMember")
            ? Boolean.TRUE.equals(input.communityMember())
            : current.isCommunityMember(),
        columns.contains("socialActivator")
            ? Boolean.TRUE.equals(input.socialActivator())
            : current.isSocialActivator(),
        columns.contains("customerSince") ? input.customerSince() : current.getCustomerSince(),
        null);
  }
}
