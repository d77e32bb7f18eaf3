package nl.rapport.interaction;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rapport.account.AccountService;
import nl.rapport.account.Contact;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.Screens;

/**
 * The single customer view: every contact moment across channels and complaints of one account,
 * with what other features put on it (relationship changes, campaign touches: {@link
 * TimelineSource}), newest first. Personal moments are marked so they stand out.
 */
@Named
@ViewScoped
public class Timeline implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int STEP = 50;

  @Inject private InteractionService interactions;
  @Inject private AccountService accounts;
  @Inject @Any private Instance<TimelineSource> sources;

  private String accountId;
  private int limit = STEP;
  private List<TimelineEntry> entries = List.of();
  private long total;

  public void load() {
    Screens.id(accountId)
        .filter(id -> accounts.find(id).isPresent())
        .ifPresentOrElse(this::show, () -> entries = List.of());
  }

  private void show(UUID id) {
    Map<UUID, String> names =
        accounts.contacts(id).stream().collect(Collectors.toMap(Contact::getId, Contact::fullName));
    var page = interactions.timeline(id, new PageRequest(0, Math.min(limit, PageRequest.MAX_SIZE)));
    total = page.total();
    Map<UUID, Complaint> complaints =
        interactions.complaints(id).stream()
            .collect(Collectors.toMap(Complaint::getInteractionId, Function.identity()));
    boolean readsPrivate = interactions.readsPrivateNotes(id);
    List<TimelineEntry> list = new ArrayList<>();
    for (Interaction i : page.items()) {
      Complaint complaint = complaints.get(i.getId());
      if (complaint == null && i.getSupersedes() != null) {
        // a corrected complaint moment: the complaint hangs on the first version
        complaint = complaints.get(interactions.firstVersion(i).getId());
      }
      list.add(entry(i, names, complaint, readsPrivate));
    }
    Instant oldestShown =
        page.items().isEmpty() || page.total() <= page.items().size()
            ? Instant.MIN
            : page.items().get(page.items().size() - 1).getOccurredAt();
    for (TimelineSource source : sources) {
      list.addAll(source.entries(id, oldestShown));
    }
    list.sort(Comparator.comparing(TimelineEntry::at).reversed());
    entries = List.copyOf(list);
  }

  private TimelineEntry entry(
      Interaction i, Map<UUID, String> names, Complaint complaint, boolean readsPrivate) {
    StringBuilder title = new StringBuilder(Screens.label(i.getChannel()));
    title.append(" · ").append(Screens.label(i.getPurpose()));
    if (i.getContactId() != null && names.containsKey(i.getContactId())) {
      title.append(" · ").append(names.get(i.getContactId()));
    }
    StringBuilder detail = new StringBuilder();
    if (i.isPrivateNote() && !readsPrivate) {
      detail.append(Screens.text("timeline.private.hidden"));
    } else {
      if (i.isPrivateNote()) {
        detail.append(Screens.text("timeline.private")).append(' ');
      }
      detail.append(i.getSummary() == null ? "" : i.getSummary());
    }
    if (complaint != null) {
      detail.append(detail.length() > 0 ? " — " : "");
      detail.append(
          complaint.getStatus() == Complaint.Status.OPEN
              ? Screens.text("timeline.complaint.open")
              : Screens.text(
                  "timeline.complaint.resolved", Screens.label(complaint.getRecoveryQuality())));
    }
    String css =
        (i.isPersonal() ? "personal" : "digital") + (complaint != null ? " complaint" : "");
    return new TimelineEntry(
        i.isPersonal() ? "PERSONAL" : "DIGITAL",
        i.getOccurredAt(),
        Screens.dateTime(i.getOccurredAt()),
        title.toString(),
        detail.toString(),
        Screens.text("timeline.by", i.getLoggedBy()),
        i.isPersonal(),
        css,
        i.isPrivateNote() && !readsPrivate ? null : i.getId());
  }

  public void showMore() {
    limit = Math.min(limit + STEP, PageRequest.MAX_SIZE);
    load();
  }

  public boolean isMoreAvailable() {
    return total > Math.min(limit, PageRequest.MAX_SIZE) && limit < PageRequest.MAX_SIZE;
  }

  public List<TimelineEntry> getEntries() {
    return entries;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }
}
