package nl.rapport.engagement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rapport.engagement.EngagementProfile;
import nl.rapport.engagement.EngagementService;
import nl.rapport.engagement.EngagementView;
import nl.rapport.engagement.engine.Driver;
import nl.rapport.engagement.engine.Evidence;
import nl.rapport.platform.ChartJs;
import nl.rapport.platform.Messages;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;

/**
 * The account page's engagement card: drivers at a glance, level, churn bucket and the evidence.
 */
@Named
@ViewScoped
public class EngagementPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A driver with its score (null: unknown). */
  public record Score(Driver driver, String label, Integer value) implements java.io.Serializable {}

  /** One piece of evidence in the reader's language. */
  public record Reason(String driver, String text, String effect, boolean negative)
      implements java.io.Serializable {}

  @Inject private EngagementService engagement;

  private String accountId;
  private EngagementView profile;
  private List<Score> scores = List.of();
  private List<Reason> reasons = List.of();
  private String chart;

  public void load() {
    Screens.id(accountId).ifPresent(this::show);
  }

  private void show(UUID id) {
    try {
      EngagementProfile p = engagement.profile(id);
      List<Evidence> evidence = engagement.evidence(p);
      profile = EngagementView.of(p, evidence, Screens.locale());
      scores =
          List.of(
              score(Driver.IDENTIFICATION, p.getIdentification()),
              score(Driver.EXPERIENCE, p.getExperience()),
              score(Driver.PARTICIPATION, p.getParticipation()),
              score(Driver.APPRECIATION, p.getAppreciation()),
              score(Driver.SENSATION, p.getSensation()),
              score(Driver.RELATIONAL_RELEVANCE, p.getRelationalRelevance()));
      List<Reason> list = new ArrayList<>();
      java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(Screens.locale());
      number.setMaximumFractionDigits(1);
      for (nl.rapport.engagement.engine.EvidenceGroup e :
          nl.rapport.engagement.engine.EvidenceGroup.of(evidence)) {
        boolean negative = e.driver() == Driver.CHURN_RISK ? e.effect() > 0 : e.effect() < 0;
        String text = Messages.format(Screens.locale(), e.code(), e.args());
        list.add(
            new Reason(
                Screens.text("engagement.driver." + e.driver()),
                e.count() > 1 ? Screens.text("engagement.evidence.times", text, e.count()) : text,
                (e.effect() > 0 ? "+" : "") + number.format(e.effect()),
                negative));
      }
      reasons = List.copyOf(list);
      chart =
          ChartJs.bar(
              scores.stream()
                  .map(
                      s ->
                          s.value() == null
                              ? s.label() + " (" + Screens.text("engagement.unknown") + ")"
                              : s.label())
                  .toList(),
              scores.stream().map(s -> s.value() == null ? 0 : s.value()).toList(),
              List.of("#0b6e4f", "#1f8a70", "#5fb49c", "#5fb49c", "#5fb49c", "#2c7a7b"),
              true,
              100);
    } catch (RapportException notVisible) {
      profile = null;
    }
  }

  private static Score score(Driver driver, Integer value) {
    return new Score(driver, Screens.text("engagement.driver." + driver), value);
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public EngagementView getProfile() {
    return profile;
  }

  public List<Score> getScores() {
    return scores;
  }

  public List<Reason> getReasons() {
    return reasons;
  }

  public String getChart() {
    return chart;
  }

  public String getComputedAt() {
    return profile == null
        ? ""
        : Screens.text("engagement.computedAt", Screens.dateTime(profile.computedAt()));
  }
}
