package nl.rapport.interaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.account.Channel;

/**
 * A contact moment as logged. {@code occurredAt} defaults to now; {@code supersedes} names the
 * interaction this one corrects; {@code privateNote} keeps the summary from marketing and systems.
 */
public record InteractionInput(
    UUID contactId,
    @NotNull Channel channel,
    @NotNull Purpose purpose,
    Instant occurredAt,
    @Min(1) @Max(7) Integer effortScore,
    @Min(0) @Max(10) Integer npsScore,
    @Min(1) @Max(5) Integer csatScore,
    @Size(max = 4000) String summary,
    LocalDate followUpDate,
    UUID supersedes,
    Boolean privateNote) {

  /**
   * Declared so that the constraints stay on the fields only: Payara's OpenAPI scanner fails on
   * constraints that a record copies onto its canonical constructor's parameters.
   */
  public InteractionInput(
      UUID contactId,
      Channel channel,
      Purpose purpose,
      Instant occurredAt,
      Integer effortScore,
      Integer npsScore,
      Integer csatScore,
      String summary,
      LocalDate followUpDate,
      UUID supersedes,
      Boolean privateNote) {
    this.contactId = contactId;
    this.channel = channel;
    this.purpose = purpose;
    this.occurredAt = occurredAt;
    this.effortScore = effortScore;
    this.npsScore = npsScore;
    this.csatScore = csatScore;
    this.summary = summary;
    this.followUpDate = followUpDate;
    this.supersedes = supersedes;
    this.privateNote = privateNote;
  }

  /** A private note's summary is read only by the account's managers and administrators. */
  public boolean isPrivate() {
    return Boolean.TRUE.equals(privateNote);
  }
}
