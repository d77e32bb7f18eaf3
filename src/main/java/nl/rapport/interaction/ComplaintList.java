package nl.rapport.interaction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.platform.Instants;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/**
 * "Complaints": the open complaints on my accounts, oldest first with their age, then the recently
 * resolved; resolving one (first-contact resolution, what was done) from the list. On an account
 * page ({@code accountId} set) the same list holds that account's complaints, all of them.
 */
@Named
@ViewScoped
public class ComplaintList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A complaint, ready to show. */
  public record Row(
      UUID id,
      UUID accountId,
      String accountName,
      String opened,
      long ageDays,
      boolean open,
      String status,
      String resolution)
      implements Serializable {}

  @Inject private InteractionService interactions;
  @Inject private AccountService accounts;

  private String accountId;
  private List<Row> rows = List.of();
  private UUID resolving;
  private boolean firstContactResolution;
  private String summary;

  public void load() {
    Map<UUID, String> names = new HashMap<>();
    List<Complaint> found;
    if (accountId == null) {
      found = interactions.complaintsForCaller();
    } else {
      found =
          Screens.id(accountId)
              .filter(id -> accounts.find(id).isPresent())
              .map(id -> InteractionService.openFirst(interactions.complaints(id)))
              .orElse(List.of());
    }
    rows =
        found.stream()
            .map(
                c ->
                    new Row(
                        c.getId(),
                        c.getAccountId(),
                        names.computeIfAbsent(
                            c.getAccountId(),
                            id -> accounts.find(id).map(a -> a.getName()).orElse("?")),
                        Screens.dateTime(c.getOpenedAt()),
                        Duration.between(c.getOpenedAt(), Instants.now()).toDays(),
                        c.getStatus() == Complaint.Status.OPEN,
                        Screens.label(c.getStatus()),
                        c.getStatus() == Complaint.Status.OPEN
                            ? ""
                            : Screens.text(
                                    Boolean.TRUE.equals(c.getFirstContactResolution())
                                        ? "complaints.fcr"
                                        : "complaints.notFcr")
                                + (c.getResolutionSummary() == null
                                    ? ""
                                    : " · " + c.getResolutionSummary())))
            .toList();
  }

  /** Opens the resolve dialog for this complaint. */
  public void startResolving(UUID complaint) {
    resolving = complaint;
    firstContactResolution = false;
    summary = null;
  }

  public void resolve() {
    try {
      interactions.resolve(resolving, new Resolution(firstContactResolution, null, summary));
      Screens.info("complaints.resolved");
      PrimeFaces.current().ajax().addCallbackParam("resolved", true);
      PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
      load();
    } catch (RapportException e) {
      Screens.refused(e, "resolveForm:");
    }
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public long getOpenCount() {
    return rows.stream().filter(Row::open).count();
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isFirstContactResolution() {
    return firstContactResolution;
  }

  public void setFirstContactResolution(boolean firstContactResolution) {
    this.firstContactResolution = firstContactResolution;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
