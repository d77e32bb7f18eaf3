package nl.rapport.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import screen: pick accounts or contacts, choose a CSV file, see the dry run's report (what
 * would be created, updated, unchanged, and each refused row), then import it. The file waits on
 * this node's disk between the preview and the import, and is deleted after.
 */
@Named
@ViewScoped
public class AccountImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountImport imports;
  @Inject private ImportProgressService progress;
  @Inject private nl.rapport.security.CurrentCaller currentCaller;

  private String kind = "accounts";
  private transient Part file;
  private String fileName;
  private String stored;
  private ImportReport report;
  // the page asks for the progress of its next run under this token
  private String progressToken = UUID.randomUUID().toString();

  /** Reads the chosen file and runs the dry run. */
  public void preview() {
    discard();
    report = null;
    if (file == null || file.getSize() == 0) {
      Screens.refused(Screens.worded("file", Screens.text("import.chooseFile")), "importForm:");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      Path copy = Files.createTempFile("rapport-import-", ".csv");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      stored = copy.toString();
      fileName = file.getSubmittedFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    report = run(true);
  }

  /** Imports the file the preview read. */
  public void importFile() {
    if (stored == null) {
      return;
    }
    if (!Files.exists(Path.of(stored))) {
      // this request reached another node than the check did (the file waits on that one's disk)
      stored = null;
      report = null;
      Screens.refused(Screens.worded("file", Screens.text("import.fileGone")), "importForm:");
      return;
    }
    report = run(false);
    discard();
    if (report != null) {
      Screens.info(
          "import.done", report.created(), report.updated(), report.unchanged(), report.failed());
    }
  }

  /** Back to choosing a file. */
  public void startOver() {
    discard();
    report = null;
    fileName = null;
  }

  private ImportReport run(boolean dryRun) {
    UUID token = UUID.fromString(progressToken);
    progressToken = UUID.randomUUID().toString(); // the next run is watched on its own
    try (SeekableByteChannel channel = Files.newByteChannel(Path.of(stored));
        InputStream in = Channels.newInputStream(channel)) {
      progress.begin(token, currentCaller.get().username(), channel.size());
      IntConsumer step = rows -> progress.advance(token, position(channel), rows);
      return kind.equals("contacts")
          ? imports.contacts(in, dryRun, step)
          : imports.accounts(in, dryRun, step);
    } catch (RapportException e) {
      Screens.refused(e, "importForm:");
      discard();
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      progress.end(token);
    }
  }

  /** How far the import has read (its reader reads ahead a little). */
  private static long position(SeekableByteChannel channel) {
    try {
      return channel.position();
    } catch (IOException e) {
      return 0;
    }
  }

  public String getProgressToken() {
    return progressToken;
  }

  private void discard() {
    if (stored != null) {
      try {
        Files.deleteIfExists(Path.of(stored));
      } catch (IOException e) {
        // a temporary file; the system cleans its temp directory
      }
      stored = null;
    }
  }

  /** The header row of the chosen kind, to fill in. */
  public StreamedContent getTemplate() {
    String header =
        String.join(
                ";", kind.equals("contacts") ? ImportedContact.COLUMNS : ImportedAccount.COLUMNS)
            + "\r\n";
    byte[] bytes = ("\uFEFF" + header).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("rapport-" + kind + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }

  public String getColumnsText() {
    return String.join(
        ", ", kind.equals("contacts") ? ImportedContact.COLUMNS : ImportedAccount.COLUMNS);
  }

  public boolean isPreviewed() {
    return report != null && report.dryRun() && stored != null;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = "contacts".equals(kind) ? "contacts" : "accounts";
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getReport() {
    return report;
  }
}
