package nl.rapport.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.RelationshipType;
import nl.rapport.brand.BrandService;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import nl.rapport.segment.SegmentService;
import nl.rapport.segment.SegmentView;
import org.primefaces.PrimeFaces;

/**
 * The campaign editor: the plan on the left, the guardrail panel beside it, re-checked on every
 * change before anything is saved; approval (with an override that asks why) and results.
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CampaignService campaigns;
  @Inject private SegmentService segments;
  @Inject private BrandService brand;

  private String id;
  private UUID campaignId;
  private long version;
  private CampaignStatus status = CampaignStatus.DRAFT;
  private String name;
  private List<String> values = new ArrayList<>();
  private RelationshipType framing = RelationshipType.COMMUNAL_SHARING;
  private CampaignGoal goal = CampaignGoal.RETENTION;
  private boolean financialIncentive;
  private Channel channel = Channel.EMAIL;
  private UUID segmentId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private List<SegmentView> segmentChoices = List.of();
  private List<String> brandValues = List.of();
  private CampaignGuardrails.Report report;
  private boolean override;
  private String overrideReason;
  private CampaignService.Results results;
  private String resultsChart;

  public void load() {
    segmentChoices = segments.list().stream().map(SegmentView::of).toList();
    brandValues = brand.values().stream().map(nl.rapport.brand.BrandValue::getName).toList();
    if (id != null && !id.isBlank()) {
      try {
        show(campaigns.get(UUID.fromString(id)));
      } catch (IllegalArgumentException e) {
        throw RapportException.notFound("Campaign " + id);
      }
    }
    recheck();
  }

  private void show(Campaign c) {
    campaignId = c.getId();
    version = c.getVersion();
    status = c.getStatus();
    name = c.getName();
    values = new ArrayList<>(c.getValues());
    framing = c.getFraming();
    goal = c.getGoal();
    financialIncentive = c.isFinancialIncentive();
    channel = c.getChannel();
    segmentId = c.getSegmentId();
    startsOn = c.getStartsOn();
    endsOn = c.getEndsOn();
    if (status != CampaignStatus.DRAFT) {
      results = campaigns.results(campaignId);
      List<String> labels = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      for (Map.Entry<MemberStatus, Long> e : results.byStatus().entrySet()) {
        labels.add(Screens.label(e.getKey()));
        counts.add(e.getValue());
      }
      resultsChart = nl.rapport.platform.ChartJs.bar(labels, counts);
    }
  }

  /** The live guardrail panel: the unsaved plan against the current audience. */
  public void recheck() {
    if (segmentId == null || framing == null || goal == null) {
      report = null;
      return;
    }
    report =
        campaigns.checkPlan(
            new CampaignGuardrails.Plan(framing, goal, financialIncentive, values), segmentId);
  }

  public String save() {
    try {
      CampaignInput input =
          new CampaignInput(
              name,
              values,
              framing,
              goal,
              financialIncentive,
              channel,
              segmentId,
              startsOn,
              endsOn,
              null);
      if (values == null || values.isEmpty()) {
        throw Screens.worded(
            "values", Screens.text("common.required", Screens.text("campaigns.values")));
      }
      Campaign saved =
          campaignId == null
              ? campaigns.create(input)
              : campaigns.update(campaignId, version, input);
      Screens.info("campaigns.saved");
      return "/campaign/campaign?faces-redirect=true&id=" + saved.getId();
    } catch (RapportException e) {
      Screens.refused(e, "campaign:");
      return null;
    }
  }

  public void approve() {
    try {
      Campaign approved = campaigns.approve(campaignId, override, overrideReason);
      show(approved);
      recheck();
      Screens.info("campaigns.approved");
      PrimeFaces.current().executeScript("PF('approveDialog').hide()");
    } catch (RapportException e) {
      if ("failures".equals(e.field())) {
        // the API's refusal names its JSON; people get what to do in the dialog
        Screens.refused(
            Screens.worded("override", Screens.text("campaigns.approve.needsOverride")),
            "approveForm:");
      } else {
        Screens.refused(e, "approveForm:");
      }
    }
  }

  /** Activate, complete or cancel; the page opens again on the campaign as it now is. */
  public String moveTo(CampaignStatus to) {
    try {
      campaigns.moveTo(campaignId, version, to);
      Screens.info("campaigns.moved", Screens.label(to));
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "/campaign/campaign?faces-redirect=true&id=" + campaignId;
    } catch (RapportException e) {
      Screens.refused(e, null);
      return null;
    }
  }

  /** The moves this campaign can make now, in the order of its life. */
  public List<CampaignStatus> getMoves() {
    return switch (status) {
      case APPROVED -> List.of(CampaignStatus.ACTIVE, CampaignStatus.CANCELLED);
      case ACTIVE -> List.of(CampaignStatus.COMPLETED, CampaignStatus.CANCELLED);
      case DRAFT -> campaignId == null ? List.of() : List.of(CampaignStatus.CANCELLED);
      case COMPLETED, CANCELLED -> List.of();
    };
  }

  public boolean can(CampaignStatus to) {
    return getMoves().contains(to);
  }

  /** A finding's name in the reader's language. */
  public String findingTitle(CampaignGuardrails.Finding finding) {
    return Screens.text("guardrail.title." + finding.code());
  }

  /** A finding in the reader's language, with its figures. */
  public String findingText(CampaignGuardrails.Finding finding) {
    return Screens.text("guardrail." + finding.code(), finding.args().toArray());
  }

  public boolean isEditable() {
    return status == CampaignStatus.DRAFT;
  }

  public String getReadOnlyText() {
    return Screens.text("campaigns.readOnly", Screens.label(status));
  }

  public RelationshipType[] getFramings() {
    return new RelationshipType[] {
      RelationshipType.MARKET_PRICING, RelationshipType.COMMUNAL_SHARING
    };
  }

  public CampaignGoal[] getGoals() {
    return CampaignGoal.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public UUID getCampaignId() {
    return campaignId;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getValues() {
    return values;
  }

  public void setValues(List<String> values) {
    this.values = values == null ? new ArrayList<>() : values;
  }

  public RelationshipType getFraming() {
    return framing;
  }

  public void setFraming(RelationshipType framing) {
    this.framing = framing;
  }

  public CampaignGoal getGoal() {
    return goal;
  }

  public void setGoal(CampaignGoal goal) {
    this.goal = goal;
  }

  public boolean isFinancialIncentive() {
    return financialIncentive;
  }

  public void setFinancialIncentive(boolean v) {
    this.financialIncentive = v;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public UUID getSegmentId() {
    return segmentId;
  }

  public void setSegmentId(UUID segmentId) {
    this.segmentId = segmentId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate v) {
    this.startsOn = v;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate v) {
    this.endsOn = v;
  }

  public List<SegmentView> getSegmentChoices() {
    return segmentChoices;
  }

  public List<String> getBrandValues() {
    return brandValues;
  }

  public String getBrandValuesText() {
    return String.join(", ", brandValues);
  }

  public CampaignGuardrails.Report getReport() {
    return report;
  }

  public boolean isOverride() {
    return override;
  }

  public void setOverride(boolean override) {
    this.override = override;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String v) {
    this.overrideReason = v;
  }

  public CampaignService.Results getResults() {
    return results;
  }

  public String getResultsChart() {
    return resultsChart;
  }
}
