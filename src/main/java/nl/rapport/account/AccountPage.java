package nl.rapport.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.rapport.platform.Screens;
import nl.rapport.security.CurrentCaller;

/** One account: its facts and contacts. The timeline and dialogs have beans of their own. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private CurrentCaller currentCaller;

  private String id;
  private AccountView account;
  private List<ContactView> contacts = List.of();
  private boolean editable;

  /** Loads the account named by the view parameter; unknown or foreign ids show "not found". */
  public void load() {
    account = null;
    Screens.id(id)
        .flatMap(accounts::find)
        .ifPresent(
            a -> {
              account = AccountView.of(a);
              contacts = accounts.contacts(a.getId()).stream().map(ContactView::of).toList();
              editable = currentCaller.get().mayChange(a.getOwner(), a.getTeam());
            });
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public AccountView getAccount() {
    return account;
  }

  public List<ContactView> getContacts() {
    return contacts;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getCustomerSince() {
    return account == null ? "" : Screens.date(account.customerSince());
  }

  public String getLastPersonalContact() {
    return account == null || account.lastPersonalContactAt() == null
        ? Screens.text("accounts.never")
        : Screens.dateTime(account.lastPersonalContactAt());
  }
}
