package nl.rapport.interaction;

import java.time.Instant;
import java.util.UUID;

public record ComplaintView(
    UUID id,
    UUID accountId,
    UUID interactionId,
    Instant openedAt,
    Complaint.Status status,
    Instant resolvedAt,
    String resolvedBy,
    Boolean firstContactResolution,
    Long timeToResolveHours,
    String summary,
    ServiceRecovery.Quality recoveryQuality) {

  public static ComplaintView of(Complaint c) {
    return new ComplaintView(
        c.getId(),
        c.getAccountId(),
        c.getInteractionId(),
        c.getOpenedAt(),
        c.getStatus(),
        c.getResolvedAt(),
        c.getResolvedBy(),
        c.getFirstContactResolution(),
        c.timeToResolve() == null ? null : c.timeToResolve().toHours(),
        c.getResolutionSummary(),
        c.getRecoveryQuality());
  }
}
