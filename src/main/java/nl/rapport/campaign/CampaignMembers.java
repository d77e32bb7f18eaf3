package nl.rapport.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rapport.account.AccountService;
import nl.rapport.account.Contact;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The campaign page's members: who is targeted or suppressed (and why), and moving them on (sent,
 * responded, converted) one at a time or many at once, while the campaign is approved or active.
 */
@Named
@ViewScoped
public class CampaignMembers implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A member, ready to show; {@code next} is the step one click takes, or null. */
  public record Row(
      UUID id,
      String contact,
      String account,
      MemberStatus status,
      String statusText,
      MemberStatus next)
      implements Serializable {}

  @Inject private CampaignService campaigns;
  @Inject private AccountService accounts;

  private String campaignId;
  private boolean live;
  private List<Row> selected = new ArrayList<>();
  private final LazyDataModel<Row> model = new Model();

  public void load() {
    live =
        Screens.id(campaignId)
            .map(
                id -> {
                  try {
                    return campaigns.get(id).isLive();
                  } catch (RapportException e) {
                    return false;
                  }
                })
            .orElse(false);
  }

  /** One member one step on. */
  public void advance(Row row) {
    if (row.next() == null) {
      return;
    }
    try {
      campaigns.advance(id(), row.id(), row.next());
      Screens.info("members.moved", 1, Screens.label(row.next()));
    } catch (RapportException e) {
      Screens.refused(e, null);
    }
  }

  /** The selected members to this status; those that cannot take the step are left and counted. */
  public void advanceSelected(MemberStatus to) {
    if (selected == null || selected.isEmpty()) {
      Screens.info("members.noneSelected");
      return;
    }
    report(campaigns.advanceAll(id(), selected.stream().map(Row::id).toList(), to), to);
    selected = new ArrayList<>();
  }

  /** Every targeted member is sent: the usual step once the mailing went out. */
  public void sendAllTargeted() {
    report(
        campaigns.advanceEvery(id(), MemberStatus.TARGETED, MemberStatus.SENT), MemberStatus.SENT);
  }

  private void report(CampaignService.Advanced done, MemberStatus to) {
    Screens.info("members.moved", done.moved(), Screens.label(to));
    if (done.left() > 0) {
      Screens.info("members.left", done.left());
    }
  }

  private UUID id() {
    return UUID.fromString(campaignId);
  }

  static MemberStatus next(MemberStatus status) {
    return switch (status) {
      case TARGETED -> MemberStatus.SENT;
      case SENT -> MemberStatus.RESPONDED;
      case RESPONDED -> MemberStatus.CONVERTED;
      case SUPPRESSED, CONVERTED -> null;
    };
  }

  public boolean isLive() {
    return live;
  }

  public LazyDataModel<Row> getModel() {
    return model;
  }

  public List<Row> getSelected() {
    return selected;
  }

  public void setSelected(List<Row> selected) {
    this.selected = selected;
  }

  public String getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(String campaignId) {
    this.campaignId = campaignId;
  }

  private class Model extends LazyDataModel<Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Row> shown = new HashMap<>();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return campaignId == null ? 0 : (int) campaigns.members(id(), new PageRequest(0, 1)).total();
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (campaignId == null) {
        return List.of();
      }
      int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
      List<CampaignMember> members =
          campaigns.members(id(), new PageRequest(first / size, size)).items();
      Map<UUID, Contact> contacts =
          accounts
              .contactsOf(members.stream().map(CampaignMember::getAccountId).distinct().toList())
              .stream()
              .collect(Collectors.toMap(Contact::getId, Function.identity()));
      Map<UUID, String> names = new HashMap<>();
      List<Row> rows =
          members.stream()
              .map(
                  m ->
                      new Row(
                          m.getId(),
                          contacts.containsKey(m.getContactId())
                              ? contacts.get(m.getContactId()).fullName()
                              : Screens.text("members.contactGone"),
                          names.computeIfAbsent(
                              m.getAccountId(),
                              a -> accounts.find(a).map(x -> x.getName()).orElse("?")),
                          m.getStatus(),
                          Screens.label(m.getStatus())
                              + (m.getSuppressionReason() == null
                                  ? ""
                                  : ": " + Screens.label(m.getSuppressionReason())),
                          next(m.getStatus())))
              .toList();
      shown.clear();
      rows.forEach(r -> shown.put(r.id().toString(), r));
      return rows;
    }

    @Override
    public String getRowKey(Row row) {
      return row.id().toString();
    }

    @Override
    public Row getRowData(String rowKey) {
      return shown.get(rowKey);
    }
  }
}
