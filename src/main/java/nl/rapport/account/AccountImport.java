package nl.rapport.account;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import nl.rapport.platform.AccountsChanged;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Causes;
import nl.rapport.platform.RapportException;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;

/**
 * CSV imports of accounts and contacts, streamed: rows are read, parsed and validated one at a time
 * and written in batches of {@link #BATCH} rows, each batch one transaction. A row that is refused
 * (a parse problem, a rule) is reported and leaves no trace; when a batch fails in the database,
 * its rows are tried again one by one so that only the row at fault is reported. A dry run does all
 * of it and rolls every batch back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountImport {

  static final int BATCH = 500;

  @Inject private AccountService accounts;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;
  @Inject private jakarta.enterprise.event.Event<AccountsChanged> changed;

  // the observers run on a container thread (naming, class loader, transactions as in a request)
  @jakarta.annotation.Resource
  private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  public ImportReport accounts(InputStream csv, boolean dryRun) {
    return accounts(csv, dryRun, rows -> {});
  }

  /** The same, telling {@code progress} the rows read so far after each batch. */
  public ImportReport accounts(InputStream csv, boolean dryRun, IntConsumer progress) {
    return run(
        csv,
        dryRun,
        progress,
        ImportedAccount.COLUMNS,
        ImportedAccount.REQUIRED,
        (row, header) -> {
          ImportedAccount.Parsed parsed = ImportedAccount.parse(row, header);
          return new Parsed<>(parsed.account(), parsed.errors());
        },
        ImportedAccount::row,
        batch -> accounts.importAccounts(batch, dryRun),
        dryRun ? null : changed,
        "AccountImport");
  }

  public ImportReport contacts(InputStream csv, boolean dryRun) {
    return contacts(csv, dryRun, rows -> {});
  }

  public ImportReport contacts(InputStream csv, boolean dryRun, IntConsumer progress) {
    return run(
        csv,
        dryRun,
        progress,
        ImportedContact.COLUMNS,
        ImportedContact.REQUIRED,
        (row, header) -> {
          ImportedContact.Parsed parsed = ImportedContact.parse(row, header);
          return new Parsed<>(parsed.contact(), parsed.errors());
        },
        ImportedContact::row,
        batch -> accounts.importContacts(batch, dryRun),
        null,
        "ContactImport");
  }

  private record Parsed<T>(T value, List<ImportError> errors) {}

  private <T> ImportReport run(
      InputStream csv,
      boolean dryRun,
      IntConsumer progress,
      java.util.Set<String> columns,
      java.util.Set<String> required,
      BiFunction<CsvRows.Row, List<String>, Parsed<T>> parse,
      ToIntFunction<T> rowOf,
      Function<List<T>, List<ImportOutcome>> write,
      jakarta.enterprise.event.Event<AccountsChanged> announce,
      String what) {
    Caller caller = currentCaller.get();
    if (!caller.mayCreateAccounts()) {
      throw RapportException.forbidden("Account managers, administrators and systems import.");
    }
    Tally tally = new Tally(announce, executor);
    try (CsvRows rows = CsvRows.open(csv, columns, required)) {
      List<T> batch = new ArrayList<>();
      while (true) {
        CsvRows.Row row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (RapportException unreadable) {
          // the rows before landed (or, in a dry run, would); say where reading stopped
          tally.failed(
              List.of(
                  new ImportError(
                      tally.rows + 2,
                      unreadable.field(),
                      unreadable.getMessage() + "; the rows after it were not read")));
          break;
        }
        tally.rows++;
        Parsed<T> parsed = parse.apply(row, rows.columns());
        if (parsed.errors() != null) {
          tally.failed(parsed.errors());
        } else {
          batch.add(parsed.value());
        }
        if (batch.size() == BATCH) {
          write(batch, rowOf, write, tally);
          batch = new ArrayList<>();
        }
        if (tally.rows % BATCH == 0) {
          progress.accept(tally.rows);
        }
      }
      write(batch, rowOf, write, tally);
    } finally {
      tally.awaitDerived();
    }
    ImportReport report = tally.report(dryRun);
    if (!dryRun) {
      audit.record(
          caller.username(),
          "IMPORT",
          what,
          UUID.randomUUID(),
          report.rows()
              + " rows: "
              + report.created()
              + " created, "
              + report.updated()
              + " updated, "
              + report.unchanged()
              + " unchanged, "
              + report.failed()
              + " failed");
    }
    return report;
  }

  private <T> void write(
      List<T> batch,
      ToIntFunction<T> rowOf,
      Function<List<T>, List<ImportOutcome>> write,
      Tally tally) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      List<ImportOutcome> outcomes = write.apply(batch);
      outcomes.forEach(tally::count);
      tally.committed(outcomes);
    } catch (EJBException failed) {
      if (batch.size() > 1) {
        // the database refused something in the batch (say another import took an external id
        // meanwhile): find the row, and land the others
        batch.forEach(row -> write(List.of(row), rowOf, write, tally));
      } else {
        int row = rowOf.applyAsInt(batch.get(0));
        tally.failed(
            List.of(
                new ImportError(
                    row,
                    Causes.violatesUnique(failed, "ux_account_external_id")
                            || Causes.violatesUnique(failed, "ux_contact_external_id")
                        ? "externalId"
                        : null,
                    "the row could not be stored: " + rootMessage(failed))));
      }
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = Causes.root(failure);
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  /**
   * The counts of one import, and the engagement profiles of its committed batches: computed on
   * another thread while the next batch is written (one at a time, so that the two cores share the
   * work), all finished before the import answers.
   */
  private static final class Tally {
    private final jakarta.enterprise.event.Event<AccountsChanged> announce;
    private final java.util.concurrent.Executor executor;
    private java.util.concurrent.CompletionStage<AccountsChanged> deriving;

    Tally(
        jakarta.enterprise.event.Event<AccountsChanged> announce,
        java.util.concurrent.Executor executor) {
      this.announce = announce;
      this.executor = executor;
    }

    void committed(List<ImportOutcome> outcomes) {
      List<UUID> changedIds =
          outcomes.stream()
              .filter(
                  o ->
                      o.kind() == ImportOutcome.Kind.CREATED
                          || o.kind() == ImportOutcome.Kind.UPDATED)
              .map(ImportOutcome::id)
              .toList();
      if (announce == null || changedIds.isEmpty()) {
        return;
      }
      awaitDerived();
      deriving =
          announce.fireAsync(
              new AccountsChanged(changedIds),
              jakarta.enterprise.event.NotificationOptions.ofExecutor(executor));
    }

    void awaitDerived() {
      if (deriving == null) {
        return;
      }
      try {
        deriving.toCompletableFuture().join();
      } catch (java.util.concurrent.CompletionException e) {
        // the accounts are stored; the nightly full recompute makes any profile that is missing
        java.util.logging.Logger.getLogger(AccountImport.class.getName())
            .log(java.util.logging.Level.WARNING, "engagement profiles after an import batch", e);
      } finally {
        deriving = null;
      }
    }

    int rows;
    int created;
    int updated;
    int unchanged;
    int failed;
    final List<ImportError> errors = new ArrayList<>();

    void count(ImportOutcome outcome) {
      switch (outcome.kind()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case FAILED -> failed(List.of(outcome.error()));
      }
    }

    void failed(List<ImportError> rowErrors) {
      failed++;
      for (ImportError error : rowErrors) {
        if (errors.size() < ImportReport.MAX_ERRORS) {
          errors.add(error);
        }
      }
    }

    ImportReport report(boolean dryRun) {
      return new ImportReport(
          dryRun, rows, created, updated, unchanged, failed, List.copyOf(errors));
    }
  }
}
