package nl.rapport.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;

/**
 * The account dialog: a new account from the accounts list, or this account's facts from its page.
 * It binds plain fields, never the entity; the service checks and stores (with the version read
 * when the dialog opened, so a change made meanwhile by someone else is refused, not overwritten).
 */
@Named
@ViewScoped
public class AccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private UUID id;
  private long version;
  private String name;
  private String industry;
  private String country;
  private RelationshipType relationshipType;
  private Lifecycle lifecycle = Lifecycle.PROSPECT;
  private boolean communityMember;
  private boolean socialActivator;
  private LocalDate customerSince;

  public void startNew() {
    id = null;
    name = null;
    industry = null;
    country = "NL";
    relationshipType = null;
    lifecycle = Lifecycle.PROSPECT;
    communityMember = false;
    socialActivator = false;
    customerSince = null;
  }

  public void startEdit(String accountId) {
    Account a = accounts.get(UUID.fromString(accountId));
    id = a.getId();
    version = a.getVersion();
    name = a.getName();
    industry = a.getIndustry();
    country = a.getCountry();
    relationshipType = a.getRelationshipType();
    lifecycle = a.getLifecycle();
    communityMember = a.isCommunityMember();
    socialActivator = a.isSocialActivator();
    customerSince = a.getCustomerSince();
  }

  /** Creates or changes the account; a new one opens on its own page. */
  public String save() {
    try {
      AccountInput input =
          new AccountInput(
              name,
              blank(industry),
              blank(country) == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
              null,
              null,
              id == null ? relationshipType : null,
              lifecycle,
              communityMember,
              socialActivator,
              customerSince,
              null);
      if (id == null) {
        Account created = accounts.create(input);
        keepMessages();
        Screens.info("accountForm.created", created.getName());
        return "/accounts/account?faces-redirect=true&id=" + created.getId();
      }
      accounts.update(id, version, input);
      keepMessages();
      Screens.info("accountForm.saved");
      return "/accounts/account?faces-redirect=true&id=" + id;
    } catch (RapportException e) {
      Screens.refused(e, "accountForm:");
      return null;
    }
  }

  /** Archives the account (a former customer); its history stays. */
  public String archive(String accountId) {
    try {
      accounts.archive(UUID.fromString(accountId), null);
      keepMessages();
      Screens.info("accountForm.archived");
      return "/accounts/list?faces-redirect=true";
    } catch (RapportException e) {
      Screens.refused(e, "accountForm:");
      return null;
    }
  }

  /** The message is shown on the page the redirect leads to. */
  private static void keepMessages() {
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public boolean isNew() {
    return id == null;
  }

  /** A new account is framed one way or the other, or left unframed (a prospect). */
  public RelationshipType[] getRelationshipTypes() {
    return new RelationshipType[] {
      RelationshipType.MARKET_PRICING, RelationshipType.COMMUNAL_SHARING
    };
  }

  public Lifecycle[] getLifecycles() {
    return new Lifecycle[] {Lifecycle.PROSPECT, Lifecycle.ACTIVE};
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public RelationshipType getRelationshipType() {
    return relationshipType;
  }

  public void setRelationshipType(RelationshipType relationshipType) {
    this.relationshipType = relationshipType;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public boolean isCommunityMember() {
    return communityMember;
  }

  public void setCommunityMember(boolean communityMember) {
    this.communityMember = communityMember;
  }

  public boolean isSocialActivator() {
    return socialActivator;
  }

  public void setSocialActivator(boolean socialActivator) {
    this.socialActivator = socialActivator;
  }

  public LocalDate getCustomerSince() {
    return customerSince;
  }

  public void setCustomerSince(LocalDate customerSince) {
    this.customerSince = customerSince;
  }
}
