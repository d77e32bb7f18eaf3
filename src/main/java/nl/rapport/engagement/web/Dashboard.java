package nl.rapport.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.engagement.engine.EngagementLevel;
import nl.rapport.engagement.recompute.EngagementRecompute;
import nl.rapport.engagement.recompute.RecomputeJob;
import nl.rapport.engagement.worklist.AccountAttention;
import nl.rapport.engagement.worklist.WorklistEntry;
import nl.rapport.engagement.worklist.WorklistReason;
import nl.rapport.engagement.worklist.WorklistService;
import nl.rapport.platform.ChartJs;
import nl.rapport.platform.Messages;
import nl.rapport.platform.Screens;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;

/** The account manager's start screen: the worklist first, then the portfolio at a glance. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One reason an account is on the worklist, ready to show. */
  public record Reason(WorklistReason reason, String label, String detail)
      implements java.io.Serializable {}

  /** An account on the worklist with all its reasons, most urgent first. */
  public record Row(
      UUID accountId, String accountName, List<Reason> reasons, String due, boolean overdue)
      implements java.io.Serializable {}

  @Inject private WorklistService worklist;
  @Inject private EngagementRecompute recompute;
  @Inject private CurrentCaller currentCaller;

  /**
   * Worklist lines the dashboard groups by account (an account manager's portfolio has far fewer);
   * the API pages through all of them.
   */
  static final int SHOWN = 1000;

  private List<Row> rows = List.of();
  private long total;
  private int lines;
  private String levelChart;
  private String churnChart;
  private boolean admin;

  public void load() {
    java.time.LocalDate today = java.time.LocalDate.now(Screens.zone());
    List<Row> list = new ArrayList<>();
    WorklistService.Overview overview = worklist.overview(SHOWN);
    WorklistService.Worklist first = overview.worklist();
    total = first.total();
    lines = first.entries().size();
    for (AccountAttention account : AccountAttention.group(first.entries())) {
      List<Reason> reasons = new ArrayList<>();
      for (WorklistEntry e : account.reasons()) {
        reasons.add(
            new Reason(
                e.reason(),
                Screens.label(e.reason()),
                Messages.format(Screens.locale(), e.messageKey(), readable(e.args()))));
      }
      list.add(
          new Row(
              account.accountId(),
              account.accountName(),
              List.copyOf(reasons),
              Screens.date(account.due()),
              account.due().isBefore(today)));
    }
    rows = List.copyOf(list);
    WorklistService.Portfolio portfolio = overview.portfolio();
    List<String> levelLabels = new ArrayList<>();
    List<Long> levelValues = new ArrayList<>();
    for (Map.Entry<EngagementLevel, Long> entry : portfolio.levels().entrySet()) {
      levelLabels.add(
          entry.getKey() == null
              ? Screens.text("dashboard.unknown")
              : Screens.label(entry.getKey()));
      levelValues.add(entry.getValue());
    }
    levelChart =
        ChartJs.bar(
            levelLabels,
            levelValues,
            List.of("#b0b8b4", "#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#0b6e4f"),
            false,
            null);
    List<String> churnLabels = new ArrayList<>();
    List<Long> churnValues = new ArrayList<>();
    portfolio
        .churn()
        .forEach(
            (bucket, n) -> {
              churnLabels.add(Screens.label(bucket));
              churnValues.add(n);
            });
    churnChart =
        ChartJs.doughnut(churnLabels, churnValues, List.of("#27ae60", "#f1c40f", "#c0392b"));
    admin = currentCaller.get().has(Role.ADMIN);
  }

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The reasons' dates as the reader writes them ("2 aug 2026"); the API keeps them ISO. */
  static List<String> readable(List<String> args) {
    return args.stream()
        .map(a -> ISO_DATE.matcher(a).matches() ? Screens.date(java.time.LocalDate.parse(a)) : a)
        .toList();
  }

  public void startRecompute() {
    recompute.start(currentCaller.get().username());
  }

  public RecomputeJob getJob() {
    return recompute.current().orElse(null);
  }

  public int getProgress() {
    RecomputeJob job = getJob();
    return job == null ? 0 : job.percent();
  }

  public String getProgressText() {
    RecomputeJob job = getJob();
    return job == null
        ? ""
        : Screens.text("dashboard.recompute.progress", job.processed(), job.total(), job.rate());
  }

  public List<Row> getRows() {
    return rows;
  }

  /** How many lines the whole worklist has (more than {@link #SHOWN} when some are not shown). */
  public long getTotal() {
    return total;
  }

  /** How many of its lines the rows hold. */
  public int getLines() {
    return lines;
  }

  public String getLevelChart() {
    return levelChart;
  }

  public String getChurnChart() {
    return churnChart;
  }

  public boolean isAdmin() {
    return admin;
  }
}
