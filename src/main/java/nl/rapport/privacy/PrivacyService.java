package nl.rapport.privacy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.rapport.account.AccountService;
import nl.rapport.account.ConsentRecorded;
import nl.rapport.account.Contact;
import nl.rapport.campaign.CampaignService;
import nl.rapport.interaction.ComplaintView;
import nl.rapport.interaction.Interaction;
import nl.rapport.interaction.InteractionService;
import nl.rapport.interaction.InteractionView;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Changes;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.security.CurrentCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
  @Inject private Event<ConfirmationRequested> confirmationRequested;
  @Inject private RetentionQuery retentionQuery;

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "rapport.consent.double-opt-in")
  private boolean doubleOptIn;

  @Inject
  @ConfigProperty(name = "rapport.consent.confirmation-hours")
  private long confirmationHours;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who the audit trail names for a confirmation: the person, through the link in the mail. */
  static final String OPT_IN_ACTOR = "double-opt-in";

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
        history(contactId).stream().map(ConsentView::of).toList(),
        audit.about("Contact", contactId.toString()).stream()
            .map(PersonalData.AuditLine::of)
            .toList());
  }

  // ---- consent

  /** The person's answers, newest first (for those who may handle their personal data). */
  public List<Consent> consents(UUID contactId) {
    accounts.personalDataOf(contactId);
    return history(contactId);
  }

  private List<Consent> history(UUID contactId) {
    return em.createQuery(
            "select c from Consent c where c.contactId = :contact"
                + " order by c.recordedAt desc, c.id",
            Consent.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  /**
   * Records an answer. Consent to marketing e-mail, with double opt-in on, waits as {@code PENDING}
   * and a mail with a single-use link goes out once this transaction has committed; it counts (the
   * contact's {@code marketingConsent}) only when the link is opened. A withdrawal counts at once
   * and makes an unconfirmed link useless.
   */
  public Consent record(UUID contactId, ConsentPurpose purpose, boolean granted, String source) {
    Contact contact = accounts.personalDataOf(contactId);
    if (contact.isRemoved()) {
      throw RapportException.notFound("Contact " + contactId);
    }
    String by = currentCaller.get().username();
    Instant now = Instants.now();
    String from = source == null || source.isBlank() ? "Recorded by " + by : source.strip();
    Consent consent;
    if (!granted) {
      consent = Consent.withdrawn(contactId, purpose, from, now, by);
    } else if (purpose == ConsentPurpose.MARKETING_EMAIL && doubleOptIn) {
      if (contact.getEmail() == null) {
        throw RapportException.invalid(
            "email", "The contact has no e-mail address to confirm this consent with.");
      }
      String token = newToken();
      Instant expires = now.plus(Duration.ofHours(confirmationHours));
      consent = Consent.pending(contactId, purpose, from, now, by, hash(token), expires);
      confirmationRequested.fire(
          new ConfirmationRequested(
              contactId,
              contact.getEmail(),
              contact.fullName(),
              contact.getPreferredLanguage(),
              token,
              expires));
    } else {
      consent = Consent.given(contactId, purpose, from, now, by);
    }
    em.persist(consent);
    if (purpose == ConsentPurpose.MARKETING_EMAIL
        && consent.getStatus() != Consent.Status.PENDING) {
      accounts.applyConsent(contactId, granted, from, now);
    }
    audit.record(
        by,
        "CONSENT",
        "Contact",
        contactId,
        purpose + " " + consent.getStatus() + " (" + from + ")");
    return consent;
  }

  /**
   * The person opened the link: a pending consent whose token this is, not expired, and still the
   * latest answer for its purpose, now counts. Anything else is empty (used, expired, withdrawn
   * since, or unknown), so that a link works once.
   */
  public Optional<Consent> confirm(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = Instants.now();
    Optional<Consent> found =
        em.createQuery("select c from Consent c where c.tokenHash = :hash", Consent.class)
            .setParameter("hash", hash(token.strip()))
            .getResultStream()
            .findFirst()
            .filter(c -> c.confirmable(now))
            .filter(this::isLatest);
    found.ifPresent(
        c -> {
          c.confirm(now);
          if (c.getPurpose() == ConsentPurpose.MARKETING_EMAIL) {
            accounts.applyConsent(c.getContactId(), true, "Double opt-in: " + c.getSource(), now);
          }
          audit.record(
              OPT_IN_ACTOR,
              "CONSENT_CONFIRMED",
              "Contact",
              c.getContactId(),
              c.getPurpose() + " confirmed by the person");
        });
    return found;
  }

  private boolean isLatest(Consent consent) {
    return em.createQuery(
                "select count(c) from Consent c where c.contactId = :contact"
                    + " and c.purpose = :purpose and c.recordedAt > :at",
                Long.class)
            .setParameter("contact", consent.getContactId())
            .setParameter("purpose", consent.getPurpose())
            .setParameter("at", consent.getRecordedAt())
            .getSingleResult()
        == 0;
  }

  /** Consent given or withdrawn on the contact itself joins the history as it was recorded. */
  public void recordedOnTheContact(@Observes ConsentRecorded recorded) {
    em.persist(
        recorded.given()
            ? Consent.given(
                recorded.contactId(),
                ConsentPurpose.MARKETING_EMAIL,
                recorded.source(),
                recorded.at(),
                recorded.by())
            : Consent.withdrawn(
                recorded.contactId(),
                ConsentPurpose.MARKETING_EMAIL,
                recorded.source(),
                recorded.at(),
                recorded.by()));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Anonymises the contact: their attributes go, every summary of the account that names them is
   * redacted, and the audit trail's recorded values of their personal fields are replaced, in one
   * transaction; recorded as an erasure. Repeating it changes nothing.
   */
  public Erasure erase(UUID contactId) {
    return erase(accounts.personalDataOf(contactId), currentCaller.get().username());
  }

  /**
   * The retention job's erasure of one contact, in its own transaction, without a caller: the rule
   * is checked again here, so that a contact in conversation since the report is kept.
   */
  public Optional<Erasure> eraseForRetention(UUID contactId, RetentionRule rule, String actor) {
    Instant now = Instants.now();
    return accounts
        .contactForRetention(contactId)
        .filter(c -> retentionQuery.isDue(c.getId(), rule.cutoff(now)))
        .map(c -> erase(c, actor));
  }

  private Erasure erase(Contact contact, String actor) {
    UUID contactId = contact.getId();
    if (contact.isErased()) {
      return new Erasure(contactId, true, 0, 0);
    }
    int texts = interactions.redact(contact.getAccountId(), redactionFor(contact));
    int lines = audit.erase("Contact", contactId, Contact.PERSONAL_FIELDS::contains);
    history(contactId).forEach(Consent::erase);
    Changes erased = accounts.eraseContact(contact);
    audit.record(
        actor,
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
