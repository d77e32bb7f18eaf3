package nl.rapport.platform;

/**
 * Something other systems are told of (a webhook event of the contract: {@code account.created},
 * {@code interaction.logged}, ...), fired synchronously inside the transaction of the change, so
 * that it is recorded with the change or not at all. {@code data} is what the event carries, as the
 * API shows it to systems.
 */
public record IntegrationEvent(String type, Object data) {

  public static final java.util.List<String> TYPES =
      java.util.List.of(
          "account.created",
          "account.updated",
          "account.archived",
          "relationship.changed",
          "interaction.logged",
          "complaint.resolved",
          "campaign.approved",
          "contact.erased");

  public IntegrationEvent {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("not an event of the contract: " + type);
    }
  }
}
