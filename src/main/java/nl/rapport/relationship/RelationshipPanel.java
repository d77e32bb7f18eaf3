package nl.rapport.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Account;
import nl.rapport.account.AccountService;
import nl.rapport.account.RelationshipType;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/** The account page's relationship type, its history, and the change dialog that asks why. */
@Named
@ViewScoped
public class RelationshipPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of history, ready to show. */
  public record Row(String when, String from, String to, String by, String reason)
      implements java.io.Serializable {}

  @Inject private AccountService accounts;
  @Inject private RelationshipService relationships;

  private String accountId;
  private RelationshipType current;
  private RelationshipType framingAtAcquisition;
  private List<Row> history = List.of();
  private RelationshipType to;
  private String reason;

  public void load() {
    Screens.id(accountId).flatMap(accounts::find).ifPresent(this::show);
  }

  private void show(Account account) {
    current = account.getRelationshipType();
    framingAtAcquisition = account.getFramingAtAcquisition();
    List<RelationshipTransition> newestFirst =
        new java.util.ArrayList<>(relationships.history(account.getId()));
    java.util.Collections.reverse(newestFirst);
    history =
        newestFirst.stream()
            .map(
                t ->
                    new Row(
                        Screens.dateTime(t.at()),
                        Screens.label(t.from()),
                        Screens.label(t.to()),
                        t.by(),
                        t.reason()))
            .toList();
  }

  public void open() {
    to = null;
    reason = null;
  }

  public void change() {
    try {
      accounts.reframe(UUID.fromString(accountId), to, reason, null);
      Screens.info("account.changeType.done", Screens.label(to));
      load();
      PrimeFaces.current().executeScript("PF('reframeDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "reframeForm:");
    }
  }

  /** The types one can move to: never back to UNFRAMED, never to the current one. */
  public List<RelationshipType> getTargets() {
    return Arrays.stream(RelationshipType.values())
        .filter(t -> t != RelationshipType.UNFRAMED && t != current)
        .toList();
  }

  public String label(RelationshipType type) {
    return Screens.label(type);
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public RelationshipType getCurrent() {
    return current;
  }

  public RelationshipType getFramingAtAcquisition() {
    return framingAtAcquisition;
  }

  public List<Row> getHistory() {
    return history;
  }

  public RelationshipType getTo() {
    return to;
  }

  public void setTo(RelationshipType to) {
    this.to = to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
