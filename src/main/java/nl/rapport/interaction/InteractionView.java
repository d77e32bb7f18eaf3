package nl.rapport.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.account.Channel;

public record InteractionView(
    UUID id,
    UUID accountId,
    UUID contactId,
    Channel channel,
    Purpose purpose,
    boolean personal,
    Instant occurredAt,
    Integer effortScore,
    Integer npsScore,
    Integer csatScore,
    String summary,
    LocalDate followUpDate,
    String loggedBy,
    Instant recordedAt,
    UUID supersedes,
    boolean privateNote,
    Instant updatedAt) {

  /**
   * The interaction as this caller may read it: a private note's summary is null for those who do
   * not read the account's private notes.
   */
  public static InteractionView of(Interaction i, boolean readsPrivateNotes) {
    return new InteractionView(
        i.getId(),
        i.getAccountId(),
        i.getContactId(),
        i.getChannel(),
        i.getPurpose(),
        i.isPersonal(),
        i.getOccurredAt(),
        i.getEffortScore(),
        i.getNpsScore(),
        i.getCsatScore(),
        i.isPrivateNote() && !readsPrivateNotes ? null : i.getSummary(),
        i.getFollowUpDate(),
        i.getLoggedBy(),
        i.getRecordedAt(),
        i.getSupersedes(),
        i.isPrivateNote(),
        i.getUpdatedAt());
  }
}
