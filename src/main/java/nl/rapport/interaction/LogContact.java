package nl.rapport.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.account.Channel;
import nl.rapport.account.ContactView;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/**
 * The "log contact" dialog, built to take seconds: it opens on now, a personal channel (phone) and
 * the person last spoken to, with the cursor in the summary. Each opening carries its own
 * idempotency key, so a double click logs once.
 */
@Named
@ViewScoped
public class LogContact implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InteractionService interactions;
  @Inject private AccountService accounts;

  private String accountId;
  private Channel channel;
  private Purpose purpose;
  private UUID contactId;
  private LocalDateTime occurredAt;
  private String summary;
  private boolean privateNote;
  private Integer effortScore;
  private LocalDate followUpDate;
  private String idempotencyKey;
  private boolean asked;
  // a save without a summary is asked about once: the second save means it
  private boolean blankConfirmed;
  private List<ContactView> contacts = List.of();
  // set when the dialog corrects a logged moment: the save supersedes it, keeping its scores
  private UUID supersedes;
  private Integer npsScore;
  private Integer csatScore;

  /** Fresh defaults each time the dialog opens. */
  public void open() {
    UUID account = UUID.fromString(accountId);
    channel = Channel.PHONE;
    purpose = Purpose.CHECK_IN;
    contacts = accounts.contacts(account).stream().map(ContactView::of).toList();
    contactId =
        interactions
            .lastContactPerson(account)
            .filter(id -> contacts.stream().anyMatch(c -> c.id().equals(id)))
            .orElse(contacts.isEmpty() ? null : contacts.get(0).id());
    occurredAt = LocalDateTime.now(Screens.zone()).withSecond(0).withNano(0);
    summary = null;
    privateNote = false;
    effortScore = null;
    followUpDate = null;
    blankConfirmed = false;
    supersedes = null;
    npsScore = null;
    csatScore = null;
    idempotencyKey = UUID.randomUUID().toString();
  }

  /**
   * Opens the dialog on a logged moment to correct it: saving logs a new version that supersedes it
   * (the log is append-only), with the scores the screen does not show carried over.
   */
  public void correct(UUID interactionId) {
    open();
    UUID account = UUID.fromString(accountId);
    Interaction old = interactions.get(account, interactionId);
    if (old.isPrivateNote() && !interactions.readsPrivateNotes(account)) {
      // the timeline offers no correction here; a note one cannot read is not rewritten blind
      throw RapportException.forbidden("Only the account's managers correct a private note.");
    }
    channel = old.getChannel();
    purpose = old.getPurpose();
    contactId = old.getContactId();
    occurredAt = LocalDateTime.ofInstant(old.getOccurredAt(), Screens.zone()).withNano(0);
    summary = old.getSummary();
    privateNote = old.isPrivateNote();
    effortScore = old.getEffortScore();
    followUpDate = old.getFollowUpDate();
    npsScore = old.getNpsScore();
    csatScore = old.getCsatScore();
    supersedes = old.getId();
  }

  public boolean isCorrecting() {
    return supersedes != null;
  }

  /** Opened straight from the worklist (?log=true): the dialog is ready when the page is. */
  public void openIfAsked() {
    if (asked && accountId != null) {
      try {
        open();
      } catch (IllegalArgumentException | RapportException e) {
        asked = false;
      }
    }
  }

  public boolean isAsked() {
    return asked;
  }

  public void setAsked(boolean asked) {
    this.asked = asked;
  }

  public void save() {
    if ((summary == null || summary.isBlank()) && !blankConfirmed) {
      blankConfirmed = true;
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .addMessage(
              "logForm:summary",
              new jakarta.faces.application.FacesMessage(
                  jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                  Screens.text("log.summaryEmpty"),
                  null));
      PrimeFaces.current().focus("logForm:summary");
      return;
    }
    try {
      interactions.log(
          UUID.fromString(accountId),
          new InteractionInput(
              contactId,
              channel,
              purpose,
              occurredAt == null ? null : occurredAt.atZone(Screens.zone()).toInstant(),
              effortScore,
              npsScore,
              csatScore,
              summary,
              followUpDate,
              supersedes,
              privateNote),
          idempotencyKey);
      Screens.info(supersedes == null ? "log.saved" : "log.corrected");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      PrimeFaces.current().executeScript("PF('logDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "logForm:");
    }
  }

  public List<Channel> getChannels() {
    return Arrays.asList(Channel.values());
  }

  public List<Integer> getEffortScores() {
    return List.of(1, 2, 3, 4, 5, 6, 7);
  }

  public List<Purpose> getPurposes() {
    return Arrays.asList(Purpose.values());
  }

  public List<ContactView> getContacts() {
    return contacts;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public void setPurpose(Purpose purpose) {
    this.purpose = purpose;
  }

  public UUID getContactId() {
    return contactId;
  }

  public void setContactId(UUID contactId) {
    this.contactId = contactId;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(LocalDateTime occurredAt) {
    this.occurredAt = occurredAt;
  }

  public boolean isPrivateNote() {
    return privateNote;
  }

  public void setPrivateNote(boolean privateNote) {
    this.privateNote = privateNote;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Integer getEffortScore() {
    return effortScore;
  }

  public void setEffortScore(Integer effortScore) {
    this.effortScore = effortScore;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public void setFollowUpDate(LocalDate followUpDate) {
    this.followUpDate = followUpDate;
  }
}
