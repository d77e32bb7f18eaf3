package nl.rapport.account;

import java.util.List;
import java.util.Set;

/**
 * One row of a contact import: the contact with this external id, on the account with {@code
 * accountExternalId}, gets the row's columns; columns the file does not have keep their value.
 */
record ImportedContact(
    int row, String externalId, String accountExternalId, Set<String> columns, ContactInput input) {

  static final Set<String> COLUMNS =
      ImportCells.columns(
          "externalId",
          "accountExternalId",
          "firstName",
          "lastName",
          "email",
          "phone",
          "jobTitle",
          "birthday",
          "preferredLanguage",
          "preferredChannel",
          "marketingConsent",
          "consentSource");

  /** In the header; a new contact also needs its names (checked when it is stored). */
  static final Set<String> REQUIRED = Set.of("externalId", "accountExternalId");

  static Parsed parse(CsvRows.Row row, List<String> header) {
    ImportCells cells = new ImportCells(row);
    String externalId = cells.text("externalId");
    String accountExternalId = cells.text("accountExternalId");
    if (externalId == null) {
      cells.fail("externalId", "must not be blank: rows upsert by it");
    } else if (externalId.length() > 100) {
      cells.fail("externalId", "size must be between 0 and 100");
    }
    if (accountExternalId == null) {
      cells.fail("accountExternalId", "must not be blank: it names the contact's account");
    }
    ContactInput input =
        new ContactInput(
            cells.text("firstName"),
            cells.text("lastName"),
            cells.text("email"),
            cells.text("phone"),
            cells.text("jobTitle"),
            cells.date("birthday"),
            cells.text("preferredLanguage"),
            cells.choice("preferredChannel", Channel.class),
            cells.bool("marketingConsent"),
            cells.text("consentSource"),
            null); // the row's external id is the import's key, handled on its own
    cells.validate(input, header);
    return cells.errors().isEmpty()
        ? new Parsed(
            new ImportedContact(
                row.number(), externalId, accountExternalId, Set.copyOf(header), input),
            null)
        : new Parsed(null, cells.errors());
  }

  record Parsed(ImportedContact contact, List<ImportError> errors) {}

  /** What the contact becomes: the row's columns over what it is (new: over nothing). */
  ContactInput over(Contact current) {
    if (current == null) {
      return input;
    }
    return new ContactInput(
        columns.contains("firstName") ? input.firstName() : current.getFirstName(),
        columns.contains("lastName") ? input.lastName() : current.getLastName(),
        columns.contains("email") ? input.email() : current.getEmail(),
        columns.contains("phone") ? input.phone() : current.getPhone(),
        columns.contains("jobTitle") ? input.jobTitle() : current.getJobTitle(),
        columns.contains("birthday") ? input.birthday() : current.getBirthday(),
        columns.contains("preferredLanguage")
            ? input.preferredLanguage()
            : current.getPreferredLanguage(),
        columns.contains("preferredChannel")
            ? input.preferredChannel()
            : current.getPreferredChannel(),
        columns.contains("marketingConsent") ? input.marketingConsent() : null,
        columns.contains("consentSource") ? input.consentSource() : null,
        null);
  }
}
