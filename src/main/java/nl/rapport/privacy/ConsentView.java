package nl.rapport.privacy;

import java.time.Instant;
import java.util.UUID;

/** One answer in a contact's consent history, as the API shows it. */
public record ConsentView(
    UUID id,
    ConsentPurpose purpose,
    Consent.Status status,
    String source,
    Instant recordedAt,
    String recordedBy,
    Instant confirmedAt,
    Instant confirmBefore) {

  public static ConsentView of(Consent c) {
    return new ConsentView(
        c.getId(),
        c.getPurpose(),
        c.getStatus(),
        c.getSource(),
        c.getRecordedAt(),
        c.getRecordedBy(),
        c.getConfirmedAt(),
        c.getStatus() == Consent.Status.PENDING ? c.getTokenExpiresAt() : null);
  }
}
