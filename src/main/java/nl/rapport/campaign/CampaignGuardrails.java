package nl.rapport.campaign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.rapport.account.RelationshipType;

/**
 * The relationship-norm and brand-identity guardrails of rule 7, as plain Java (seed 002): price
 * framing never reaches communal customers, communal framing towards market-pricing customers is
 * only unremarkable on a re-framing trajectory, loyalty rewards push communal customers towards
 * market pricing, and a brand message must be desirable, distinctive and authentic.
 */
public final class CampaignGuardrails {

  /** The thresholds, from configuration ({@code rapport.campaign.*}). */
  public record Settings(
      int identifiesFromScore, double desirableMinShare, double distinctiveMaxOverlap) {}

  /** What the campaign says and how. */
  public record Plan(
      RelationshipType framing,
      CampaignGoal goal,
      boolean financialIncentive,
      List<String> values) {}

  /** One contact of the audience, with what the rules need to know about it. */
  public record Recipient(
      UUID contactId,
      UUID accountId,
      RelationshipType accountType,
      boolean marketingConsent,
      Integer identificationScore) {}

  public record BrandValue(String name, boolean practised) {}

  public record CompetitorClaim(String competitor, List<String> values) {}

  public record Decision(
      UUID contactId, UUID accountId, MemberStatus status, SuppressionReason reason)
      implements java.io.Serializable {}

  /**
   * A finding: its code, the API's English sentence, and the values in it (a screen says the same
   * in the reader's language, from the bundle's {@code guardrail.CODE}).
   */
  public record Finding(String code, String message, List<String> args)
      implements java.io.Serializable {
    public Finding {
      args = List.copyOf(args);
    }

    /** A finding whose English sentence is {@code english} with its values in place of each %s. */
    static Finding of(String code, String english, String... args) {
      return new Finding(code, String.format(Locale.ROOT, english, (Object[]) args), List.of(args));
    }
  }

  public record Report(
      boolean approvable,
      int targeted,
      Map<SuppressionReason, Integer> suppressed,
      List<Finding> warnings,
      List<Finding> failures,
      List<Decision> decisions)
      implements java.io.Serializable {}

  private final Settings settings;

  public CampaignGuardrails(Settings settings) {
    this.settings = settings;
  }

  public Report check(
      Plan plan, List<Recipient> audience, List<BrandValue> brand, List<CompetitorClaim> claims) {
    List<Decision> decisions = new ArrayList<>();
    Map<SuppressionReason, Integer> suppressed = new EnumMap<>(SuppressionReason.class);
    for (SuppressionReason reason : SuppressionReason.values()) {
      suppressed.put(reason, 0);
    }
    List<Recipient> targeted = new ArrayList<>();
    for (Recipient r : audience) {
      SuppressionReason reason = null;
      if (plan.framing() == RelationshipType.MARKET_PRICING
          && r.accountType() == RelationshipType.COMMUNAL_SHARING) {
        reason = SuppressionReason.NORM_VIOLATION;
      } else if (!r.marketingConsent()) {
        reason = SuppressionReason.NO_CONSENT;
      }
      if (reason == null) {
        targeted.add(r);
        decisions.add(new Decision(r.contactId(), r.accountId(), MemberStatus.TARGETED, null));
      } else {
        suppressed.merge(reason, 1, Integer::sum);
        decisions.add(new Decision(r.contactId(), r.accountId(), MemberStatus.SUPPRESSED, reason));
      }
    }

    List<Finding> warnings = new ArrayList<>();
    if (plan.framing() == RelationshipType.COMMUNAL_SHARING
        && plan.goal() != CampaignGoal.REFRAMING) {
      long market =
          targeted.stream().filter(r -> r.accountType() == RelationshipType.MARKET_PRICING).count();
      if (market > 0) {
        warnings.add(
            Finding.of(
                "INAUTHENTIC_SHIFT",
                "%s recipients have a market-pricing relationship: communal framing towards them is"
                    + " only credible as a REFRAMING campaign",
                Long.toString(market)));
      }
    }
    if (plan.framing() == RelationshipType.COMMUNAL_SHARING && plan.financialIncentive()) {
      warnings.add(
          Finding.of(
              "FINANCIAL_INCENTIVE",
              "a financial incentive in a communal campaign pushes customers towards market pricing"));
    }

    List<Finding> failures = new ArrayList<>();
    Set<String> values = normalise(plan.values());
    long identifying =
        targeted.stream()
            .filter(
                r ->
                    r.identificationScore() != null
                        && r.identificationScore() >= settings.identifiesFromScore())
            .count();
    double share = targeted.isEmpty() ? 0 : (double) identifying / targeted.size();
    if (share < settings.desirableMinShare()) {
      failures.add(
          Finding.of(
              "NOT_DESIRABLE",
              "%s%% of the targeted audience identifies with the brand (identification >= %s);"
                  + " at least %s%% is needed",
              percent(share),
              Integer.toString(settings.identifiesFromScore()),
              percent(settings.desirableMinShare())));
    }
    for (CompetitorClaim claim : claims) {
      Set<String> theirs = normalise(claim.values());
      long common = values.stream().filter(theirs::contains).count();
      double overlap = values.isEmpty() ? 0 : (double) common / values.size();
      if (overlap > settings.distinctiveMaxOverlap()) {
        failures.add(
            Finding.of(
                "NOT_DISTINCTIVE",
                "%s%% of the values expressed are also claimed by %s (at most %s%% allowed)",
                percent(overlap),
                claim.competitor(),
                percent(settings.distinctiveMaxOverlap())));
      }
    }
    Set<String> practised =
        brand.stream()
            .filter(BrandValue::practised)
            .map(b -> normalise(b.name()))
            .collect(Collectors.toSet());
    List<String> unpractised =
        plan.values().stream().filter(v -> !practised.contains(normalise(v))).toList();
    if (!unpractised.isEmpty()) {
      failures.add(
          Finding.of(
              "NOT_AUTHENTIC",
              "not a declared brand value with evidence of practice: %s",
              String.join(", ", unpractised)));
    }
    return new Report(
        failures.isEmpty(),
        targeted.size(),
        suppressed,
        List.copyOf(warnings),
        List.copyOf(failures),
        List.copyOf(decisions));
  }

  static String normalise(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> normalise(List<String> values) {
    return values.stream().map(CampaignGuardrails::normalise).collect(Collectors.toSet());
  }

  /** A share as a whole percentage, as the messages write it. */
  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f", share * 100);
  }
}
