package nl.rapport.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.Screens;
import org.primefaces.event.SelectEvent;

/**
 * The top bar's search, on every screen ("/" puts the cursor in it): accounts and contacts by name,
 * e-mail or phone as one types; choosing one opens its account.
 */
@Named
@ViewScoped
public class QuickSearch implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PER_KIND = 8;

  /** A suggestion: the account to open and what to show. */
  public record Suggestion(String accountId, String label) implements Serializable {}

  @Inject private AccountService accounts;

  private String chosen;

  public List<Suggestion> complete(String text) {
    return accounts.quickSearch(text, PER_KIND).stream()
        .map(
            f ->
                new Suggestion(
                    f.accountId().toString(),
                    (f.contact() == null ? "" : f.contact() + " \u2014 ")
                        + f.accountName()
                        + (f.archived() ? " (" + Screens.text("search.former") + ")" : "")))
        .toList();
  }

  /** Opens the chosen account. */
  public void open(SelectEvent<String> event) throws IOException {
    String id = event.getObject();
    if (Screens.id(id).isEmpty()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/accounts/account.xhtml?id=" + UUID.fromString(id));
    chosen = null;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
