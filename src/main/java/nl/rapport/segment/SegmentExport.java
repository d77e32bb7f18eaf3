package nl.rapport.segment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountCondition;
import nl.rapport.account.AccountQuery;
import nl.rapport.account.AccountService;
import nl.rapport.account.Contact;
import nl.rapport.platform.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A segment as CSV (Apache Commons CSV): one row per contact of each member account, or one row for
 * an account without contacts. Only marketing and admin reach it (through SegmentService).
 */
@Stateless
public class SegmentExport {

  static final String[] HEADER = {
    "accountId",
    "accountName",
    "industry",
    "country",
    "owner",
    "relationshipType",
    "lifecycle",
    "contactId",
    "firstName",
    "lastName",
    "email",
    "preferredLanguage",
    "marketingConsent"
  };
  private static final int CHUNK = 500;

  @Inject private AccountService accounts;
  @Inject private SegmentService segments;

  public void write(UUID segmentId, OutputStream out) {
    List<UUID> ids = segments.accountIds(segmentId);
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        List<Account> members =
            accounts.list(
                AccountQuery.all().includingArchived().where(AccountCondition.idIn(chunk)));
        List<Contact> contacts = accounts.contactsOf(chunk);
        for (Account a : members) {
          List<Contact> theirs = new ArrayList<>();
          for (Contact c : contacts) {
            if (c.getAccountId().equals(a.getId())) {
              theirs.add(c);
            }
          }
          if (theirs.isEmpty()) {
            csv.printRecord(accountColumns(a, null));
          }
          for (Contact c : theirs) {
            csv.printRecord(accountColumns(a, c));
          }
        }
        csv.flush();
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Object> accountColumns(Account a, Contact c) {
    List<Object> row =
        new ArrayList<>(
            List.of(
                a.getId(),
                cell(a.getName()),
                cell(a.getIndustry()),
                cell(a.getCountry()),
                cell(a.getOwner()),
                a.getRelationshipType(),
                a.getLifecycle()));
    if (c == null) {
      row.addAll(List.of("", "", "", "", "", ""));
    } else {
      row.addAll(
          List.of(
              c.getId(),
              cell(c.getFirstName()),
              cell(c.getLastName()),
              cell(c.getEmail()),
              cell(c.getPreferredLanguage()),
              c.isMarketingConsent()));
    }
    return row;
  }

  /** User-entered text, empty for none, never a formula. */
  private static String cell(String s) {
    return CsvCells.text(s);
  }
}
