package nl.rapport.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementEngine;
import nl.rapport.engagement.engine.EngagementLevel;

/**
 * An account's stored engagement numbers, recomputed on every change; stored (and indexed) so that
 * lists, segments and the worklist can filter on them. Its evidence is in {@link EngagementDetail}.
 */
@Entity
@Table(name = "engagement_profile")
public class EngagementProfile {

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "identification_score")
  private Integer identification;

  @Column(name = "experience_score")
  private Integer experience;

  @Column(name = "participation_score")
  private Integer participation;

  @Column(name = "appreciation_score")
  private Integer appreciation;

  @Column(name = "sensation_score")
  private Integer sensation;

  @Column(name = "relational_relevance_score")
  private Integer relationalRelevance;

  @Column(name = "engagement_score")
  private Integer engagement;

  @Enumerated(EnumType.STRING)
  @Column(name = "engagement_level")
  private EngagementLevel level;

  @Column(name = "churn_risk_score", nullable = false)
  private int churnRisk;

  @Enumerated(EnumType.STRING)
  @Column(name = "churn_risk_bucket", nullable = false)
  private ChurnRiskBucket churnBucket;

  @Column(name = "last_personal_contact_at")
  private Instant lastPersonalContactAt;

  @Column(name = "personal_contact_due")
  private Instant personalContactDue;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  protected EngagementProfile() {}

  EngagementProfile(UUID accountId) {
    this.accountId = accountId;
  }

  void update(EngagementEngine.Scores s, Instant at) {
    identification = s.identification();
    experience = s.experience();
    participation = s.participation();
    appreciation = s.appreciation();
    sensation = s.sensation();
    relationalRelevance = s.relationalRelevance();
    engagement = s.engagement();
    level = s.level();
    churnRisk = s.churnRisk();
    churnBucket = s.churnBucket();
    lastPersonalContactAt = s.lastPersonalContactAt();
    personalContactDue = s.personalContactDue();
    computedAt = at;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public Integer getIdentification() {
    return identification;
  }

  public Integer getExperience() {
    return experience;
  }

  public Integer getParticipation() {
    return participation;
  }

  public Integer getAppreciation() {
    return appreciation;
  }

  public Integer getSensation() {
    return sensation;
  }

  public Integer getRelationalRelevance() {
    return relationalRelevance;
  }

  public Integer getEngagement() {
    return engagement;
  }

  public EngagementLevel getLevel() {
    return level;
  }

  public int getChurnRisk() {
    return churnRisk;
  }

  public ChurnRiskBucket getChurnBucket() {
    return churnBucket;
  }

  public Instant getLastPersonalContactAt() {
    return lastPersonalContactAt;
  }

  public Instant getPersonalContactDue() {
    return personalContactDue;
  }

  public Instant getComputedAt() {
    return computedAt;
  }
}
