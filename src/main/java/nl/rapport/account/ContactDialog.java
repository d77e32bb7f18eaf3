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

/** The account page's "add contact person" dialog. */
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

  public void open() {
    firstName = lastName = email = phone = jobTitle = null;
    birthday = null;
    marketingConsent = false;
  }

  public void save() {
    try {
      accounts.addContact(
          UUID.fromString(accountId),
          new ContactInput(
              firstName,
              lastName,
              blank(email),
              blank(phone),
              blank(jobTitle),
              birthday,
              null,
              Channel.PHONE,
              marketingConsent,
              null,
              null));
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
}
