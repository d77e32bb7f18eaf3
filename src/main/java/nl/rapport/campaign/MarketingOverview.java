package nl.rapport.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.AccountService;
import nl.rapport.account.RelationshipType;
import nl.rapport.platform.ChartJs;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.Screens;
import nl.rapport.segment.SegmentService;

/**
 * Marketing's first page: the relationship-type mix of all accounts, campaigns at a glance (per
 * status, the live ones with their progress), conversion per relationship type across campaigns,
 * and the segments with their sizes.
 */
@Named
@ViewScoped
public class MarketingOverview implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIVE_SHOWN = 10;
  static final int SEGMENTS_SHOWN = 10;

  public record StatusCount(String status, String label, long count) implements Serializable {}

  public record LiveCampaign(
      UUID id, String name, String status, long targeted, long sent, long responded, long converted)
      implements Serializable {}

  public record TypeConversion(String type, long reached, long converted, String rate)
      implements Serializable {}

  public record SegmentSize(UUID id, String name, long accounts, boolean frozen)
      implements Serializable {}

  @Inject private CampaignService campaigns;
  @Inject private AccountService accounts;
  @Inject private SegmentService segments;

  private String mixChart;
  private long accountTotal;
  private List<StatusCount> statuses = List.of();
  private List<LiveCampaign> live = List.of();
  private List<TypeConversion> conversion = List.of();
  private List<SegmentSize> segmentSizes = List.of();

  public void load() {
    Map<RelationshipType, Long> mix = accounts.countByRelationshipType();
    accountTotal = mix.values().stream().mapToLong(Long::longValue).sum();
    mixChart =
        ChartJs.doughnut(
            mix.keySet().stream().map(Screens::label).toList(),
            List.copyOf(mix.values()),
            List.of("#b0b8b4", "#2c7be5", "#0b6e4f"));

    CampaignService.Overview overview = campaigns.overview(LIVE_SHOWN);
    statuses =
        overview.byStatus().entrySet().stream()
            .map(e -> new StatusCount(e.getKey().name(), Screens.label(e.getKey()), e.getValue()))
            .toList();
    List<LiveCampaign> rows = new ArrayList<>();
    for (Campaign c : overview.live()) {
      Map<MemberStatus, Long> by = campaigns.results(c.getId()).byStatus();
      rows.add(
          new LiveCampaign(
              c.getId(),
              c.getName(),
              Screens.label(c.getStatus()),
              by.get(MemberStatus.TARGETED),
              by.get(MemberStatus.SENT),
              by.get(MemberStatus.RESPONDED),
              by.get(MemberStatus.CONVERTED)));
    }
    live = List.copyOf(rows);
    NumberFormat percent = NumberFormat.getPercentInstance(Screens.locale());
    percent.setMaximumFractionDigits(1);
    conversion =
        overview.conversion().entrySet().stream()
            .map(
                e ->
                    new TypeConversion(
                        Screens.label(e.getKey()),
                        e.getValue().reached(),
                        e.getValue().converted(),
                        percent.format(e.getValue().rate())))
            .toList();

    segmentSizes =
        segments.list().stream()
            .limit(SEGMENTS_SHOWN)
            .map(
                s ->
                    new SegmentSize(
                        s.getId(),
                        s.getName(),
                        segments.members(s.getId(), new PageRequest(0, 1)).total(),
                        s.isFrozen()))
            .toList();
  }

  public String getMixChart() {
    return mixChart;
  }

  public long getAccountTotal() {
    return accountTotal;
  }

  public List<StatusCount> getStatuses() {
    return statuses;
  }

  public List<LiveCampaign> getLive() {
    return live;
  }

  public List<TypeConversion> getConversion() {
    return conversion;
  }

  public List<SegmentSize> getSegmentSizes() {
    return segmentSizes;
  }
}
