package nl.rapport.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** How far one running import of the screen has read its file. */
@Entity
@Table(name = "import_progress")
public class ImportProgress {

  @Id private UUID token;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "file_bytes", nullable = false)
  private long fileBytes;

  @Column(name = "bytes_read", nullable = false)
  private long bytesRead;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ImportProgress() {}

  ImportProgress(UUID token, String startedBy, long fileBytes, Instant now) {
    this.token = token;
    this.startedBy = startedBy;
    this.fileBytes = fileBytes;
    this.updatedAt = now;
  }

  void advance(long bytesRead, int rowsRead, Instant now) {
    this.bytesRead = bytesRead;
    this.rowsRead = rowsRead;
    this.updatedAt = now;
  }

  /** The share of the file read, 0 to 99: the last percent is the report itself. */
  public int percent() {
    if (fileBytes <= 0) {
      return 0;
    }
    return (int) Math.min(99, bytesRead * 100 / fileBytes);
  }

  public int getRowsRead() {
    return rowsRead;
  }

  public String getStartedBy() {
    return startedBy;
  }
}
