package nl.rapport.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's relationship type changed: who, when, why, and the re-framing trajectory it starts
 * (market to communal), if any. {@link AccountService} fires it in the transaction of the change;
 * the relationship feature keeps it as history, so the account does not know how history is stored.
 */
public record Reframed(
    UUID accountId,
    RelationshipType from,
    RelationshipType to,
    Instant at,
    String by,
    String reason,
    UUID trajectoryId) {

  public Reframed {
    Objects.requireNonNull(accountId);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(at);
    Objects.requireNonNull(by);
    Objects.requireNonNull(reason);
  }
}
