package nl.rapport.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.rapport.account.AccountService;
import nl.rapport.account.Contact;
import nl.rapport.campaign.CampaignService;
import nl.rapport.interaction.ComplaintView;
import nl.rapport.interaction.Interaction;
import nl.rapport.interaction.InteractionService;
import nl.rapport.interaction.InteractionView;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Changes;
import nl.rapport.platform.Instants;
import nl.rapport.security.CurrentCaller;

/**
 * GDPR for a contact: the export of everything held about them, and the erasure that anonymises
 * them while the statistics (their moments' channels and scores, the engagement profile, campaign
 * counts) stay. Only the account's managers, administrators and systems with {@code privacy:write}
 * may do either.
 */
@Stateless
public class PrivacyService {

  @Inject private AccountService accounts;
  @Inject private InteractionService interactions;
  @Inject private CampaignService campaigns;
  @Inject private Audit audit;
  @Inject private CurrentCaller currentCaller;

  /** What an erasure did; an erasure of an erased contact does nothing and says so. */
  public record Erasure(
      UUID contactId, boolean alreadyErased, int textsRedacted, int auditLinesErased) {}

  public PersonalData export(UUID contactId) {
    Contact contact = accounts.personalDataOf(contactId);
    UUID accountId = contact.getAccountId();
    boolean readsPrivate = interactions.readsPrivateNotes(accountId);
    Redaction names = redactionFor(contact);
    List<Interaction> history = interactions.history(accountId);
    List<InteractionView> with =
        history.stream()
            .filter(i -> contactId.equals(i.getContactId()))
            .map(i -> InteractionView.of(i, readsPrivate))
            .toList();
    List<InteractionView> mentions =
        history.stream()
            .filter(i -> !contactId.equals(i.getContactId()))
            .filter(i -> readsPrivate || !i.isPrivateNote())
            .filter(i -> names.matches(i.getSummary()))
            .map(i -> InteractionView.of(i, readsPrivate))
            .toList();
    Set<UUID> theirs =
        with.stream().map(InteractionView::id).collect(Collectors.toUnmodifiableSet());
    List<ComplaintView> complaints =
        interactions.complaints(accountId).stream()
            .filter(
                c ->
                    theirs.contains(c.getInteractionId())
                        || names.matches(c.getResolutionSummary()))
            .map(ComplaintView::of)
            .toList();
    return new PersonalData(
        Instants.now(),
        currentCaller.get().username(),
        PersonalData.Person.of(contact, accounts.get(accountId).getName()),
        with,
        mentions,
        complaints,
        campaigns.membershipsOf(accountId, contactId),
        audit.about("Contact", contactId.toString()).stream()
            .map(PersonalData.AuditLine::of)
            .toList());
  }

  /**
   * Anonymises the contact: their attributes go, every summary of the account that names them is
   * redacted, and the audit trail's recorded values of their personal fields are replaced, in one
   * transaction; recorded as an erasure. Repeating it changes nothing.
   */
  public Erasure erase(UUID contactId) {
    Contact contact = accounts.personalDataOf(contactId);
    if (contact.isErased()) {
      return new Erasure(contactId, true, 0, 0);
    }
    int texts = interactions.redact(contact.getAccountId(), redactionFor(contact));
    int lines = audit.erase("Contact", contactId, Contact.PERSONAL_FIELDS::contains);
    Changes erased = accounts.eraseContact(contact);
    audit.record(
        currentCaller.get().username(),
        "ERASE",
        "Contact",
        contactId.toString(),
        erased,
        texts + " texts redacted, " + lines + " audit lines erased");
    return new Erasure(contactId, false, texts, lines);
  }

  private static Redaction redactionFor(Contact contact) {
    return contact.isErased()
        ? Redaction.of(null, null, null, null)
        : Redaction.of(
            contact.getFirstName(),
            Objects.requireNonNullElse(contact.getLastName(), ""),
            contact.getEmail(),
            contact.getPhone());
  }
}
