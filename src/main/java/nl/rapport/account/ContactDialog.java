package nl.rapport.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/** The account page's contact dialog: add a contact person, or change one; and removing one. */
@Named
@ViewScoped
public class ContactDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private AccountPage page;

  private String accountId;
  private String firstName;
  private String lastName;
  private String email;
  private String phone;
  private String jobTitle;
  private LocalDate birthday;
  private boolean marketingConsent;
  private String preferredLanguage;
  private Channel preferredChannel = Channel.PHONE;
  private UUID contactId;
  private long version;

  public void open() {
    firstName = lastName = email = phone = jobTitle = null;
    birthday = null;
    marketingConsent = false;
    preferredLanguage = null;
    preferredChannel = Channel.PHONE;
    contactId = null;
  }

  /** Opens the dialog on this contact, with the version it has now. */
  public void edit(ContactView shown) {
    Contact c = accounts.contact(shown.id());
    contactId = c.getId();
    version = c.getVersion();
    firstName = c.getFirstName();
    lastName = c.getLastName();
    email = c.getEmail();
    phone = c.getPhone();
    jobTitle = c.getJobTitle();
    birthday = c.getBirthday();
    marketingConsent = c.isMarketingConsent();
    preferredLanguage = c.getPreferredLanguage();
    preferredChannel = c.getPreferredChannel() == null ? Channel.PHONE : c.getPreferredChannel();
  }

  /** Removes the contact from the account (kept in the history; an erasure is the GDPR one). */
  public void remove(ContactView shown) {
    try {
      accounts.removeContact(shown.id(), null);
      page.load();
      Screens.info("contact.removed", shown.firstName() + " " + shown.lastName());
    } catch (RapportException e) {
      Screens.refused(e, "contactsForm:");
    }
  }

  public void save() {
    try {
      ContactInput input =
          new ContactInput(
              firstName,
              lastName,
              blank(email),
              blank(phone),
              blank(jobTitle),
              birthday,
              blank(preferredLanguage),
              preferredChannel,
              marketingConsent,
              null,
              null);
      if (contactId == null) {
        accounts.addContact(UUID.fromString(accountId), input);
      } else {
        accounts.updateContact(contactId, version, input);
      }
      page.load();
      Screens.info("contact.saved");
      PrimeFaces.current().executeScript("PF('contactDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "contactForm:");
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String v) {
    this.firstName = v;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String v) {
    this.lastName = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    this.email = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    this.phone = v;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String v) {
    this.jobTitle = v;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public void setBirthday(LocalDate v) {
    this.birthday = v;
  }

  public boolean isMarketingConsent() {
    return marketingConsent;
  }

  public void setMarketingConsent(boolean v) {
    this.marketingConsent = v;
  }

  public boolean isNew() {
    return contactId == null;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String v) {
    this.preferredLanguage = v;
  }

  public Channel getPreferredChannel() {
    return preferredChannel;
  }

  public void setPreferredChannel(Channel v) {
    this.preferredChannel = v;
  }

  public Channel[] getChannels() {
    return Channel.values();
  }
}
