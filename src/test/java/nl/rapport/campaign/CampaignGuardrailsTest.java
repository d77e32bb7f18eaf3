package nl.rapport.campaign;

import static nl.rapport.account.RelationshipType.COMMUNAL_SHARING;
import static nl.rapport.account.RelationshipType.MARKET_PRICING;
import static nl.rapport.account.RelationshipType.UNFRAMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.rapport.ShippedConfig;
import nl.rapport.account.RelationshipType;
import nl.rapport.campaign.CampaignGuardrails.BrandValue;
import nl.rapport.campaign.CampaignGuardrails.CompetitorClaim;
import nl.rapport.campaign.CampaignGuardrails.Plan;
import nl.rapport.campaign.CampaignGuardrails.Recipient;
import nl.rapport.campaign.CampaignGuardrails.Report;
import org.junit.jupiter.api.Test;

class CampaignGuardrailsTest {

  private final CampaignGuardrails guardrails = new CampaignGuardrails(ShippedConfig.campaign());
  private final List<BrandValue> brand =
      List.of(
          new BrandValue("Care", true),
          new BrandValue("Sustainability", true),
          new BrandValue("Craftsmanship", false));

  private static Recipient recipient(
      RelationshipType type, boolean consent, Integer identification) {
    return new Recipient(UUID.randomUUID(), UUID.randomUUID(), type, consent, identification);
  }

  private static boolean has(List<CampaignGuardrails.Finding> findings, String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  @Test
  void priceFramingSuppressesCommunalAccountsAndConsentIsRequired() {
    Report report =
        guardrails.check(
            new Plan(MARKET_PRICING, CampaignGoal.RETENTION, true, List.of("Care")),
            List.of(
                recipient(COMMUNAL_SHARING, true, 80),
                recipient(MARKET_PRICING, true, 80),
                recipient(MARKET_PRICING, false, 80),
                recipient(UNFRAMED, true, 80)),
            brand,
            List.of());
    assertEquals(2, report.targeted());
    assertEquals(1, report.suppressed().get(SuppressionReason.NORM_VIOLATION));
    assertEquals(1, report.suppressed().get(SuppressionReason.NO_CONSENT));
    assertTrue(
        report.decisions().stream().anyMatch(d -> d.reason() == SuppressionReason.NORM_VIOLATION));
    assertFalse(
        has(report.warnings(), "FINANCIAL_INCENTIVE"),
        "a price campaign may carry a financial incentive");
  }

  @Test
  void communalFramingTowardsMarketPricingWarnsUnlessReframing() {
    List<Recipient> audience =
        List.of(recipient(MARKET_PRICING, true, 70), recipient(COMMUNAL_SHARING, true, 70));
    Report retention =
        guardrails.check(
            new Plan(COMMUNAL_SHARING, CampaignGoal.RETENTION, false, List.of("Care")),
            audience,
            brand,
            List.of());
    assertTrue(has(retention.warnings(), "INAUTHENTIC_SHIFT"));
    assertEquals(2, retention.targeted(), "a warning, not a suppression");
    Report reframing =
        guardrails.check(
            new Plan(COMMUNAL_SHARING, CampaignGoal.REFRAMING, false, List.of("Care")),
            audience,
            brand,
            List.of());
    assertFalse(has(reframing.warnings(), "INAUTHENTIC_SHIFT"));
    assertTrue(reframing.approvable());
  }

  @Test
  void aCommunalCampaignWithAFinancialIncentiveWarns() {
    Report report =
        guardrails.check(
            new Plan(COMMUNAL_SHARING, CampaignGoal.RETENTION, true, List.of("Care")),
            List.of(recipient(COMMUNAL_SHARING, true, 90)),
            brand,
            List.of());
    assertTrue(has(report.warnings(), "FINANCIAL_INCENTIVE"));
    assertTrue(report.approvable(), "warnings do not block approval");
  }

  @Test
  void brandChecksFailWhenNotDesirableDistinctiveOrAuthentic() {
    List<Recipient> lukewarm =
        List.of(
            recipient(COMMUNAL_SHARING, true, 30),
            recipient(COMMUNAL_SHARING, true, null),
            recipient(COMMUNAL_SHARING, true, 40));
    Report notDesirable =
        guardrails.check(
            new Plan(COMMUNAL_SHARING, CampaignGoal.RETENTION, false, List.of("Care")),
            lukewarm,
            brand,
            List.of());
    assertTrue(
        has(notDesirable.failures(), "NOT_DESIRABLE"),
        "unknown identification does not count as identifying");
    assertFalse(notDesirable.approvable());

    List<Recipient> fans = List.of(recipient(COMMUNAL_SHARING, true, 80));
    Report copied =
        guardrails.check(
            new Plan(
                COMMUNAL_SHARING,
                CampaignGoal.RETENTION,
                false,
                List.of("Care", "sustainability ")),
            fans,
            brand,
            List.of(new CompetitorClaim("GreenCo", List.of("Sustainability", "Care", "Speed"))));
    assertTrue(has(copied.failures(), "NOT_DISTINCTIVE"));
    assertTrue(copied.failures().get(0).message().contains("GreenCo"));
    Report distinct =
        guardrails.check(
            new Plan(
                COMMUNAL_SHARING, CampaignGoal.RETENTION, false, List.of("Care", "Sustainability")),
            fans,
            brand,
            List.of(new CompetitorClaim("GreenCo", List.of("Sustainability", "Speed"))));
    assertFalse(has(distinct.failures(), "NOT_DISTINCTIVE"), "half overlap is still distinctive");

    Report unpractised =
        guardrails.check(
            new Plan(
                COMMUNAL_SHARING, CampaignGoal.RETENTION, false, List.of("Craftsmanship", "Speed")),
            fans,
            brand,
            List.of());
    assertTrue(has(unpractised.failures(), "NOT_AUTHENTIC"));
    assertTrue(
        unpractised.failures().get(0).message().contains("Craftsmanship"),
        "declared without evidence");
    assertTrue(unpractised.failures().get(0).message().contains("Speed"), "not declared at all");
  }

  @Test
  void anEmptyAudienceIsNotDesirable() {
    Report report =
        guardrails.check(
            new Plan(MARKET_PRICING, CampaignGoal.ACQUISITION, false, List.of("Care")),
            List.of(),
            brand,
            List.of());
    assertEquals(0, report.targeted());
    assertTrue(has(report.failures(), "NOT_DESIRABLE"));
    // the API's English sentence and the screens' values come from one place
    CampaignGuardrails.Finding finding = report.failures().get(0);
    assertEquals("0", finding.args().get(0));
    assertTrue(
        finding
            .message()
            .startsWith(
                "0% of the targeted audience identifies with the brand (identification >= "
                    + finding.args().get(1)
                    + "); at least "
                    + finding.args().get(2)
                    + "% is needed"),
        finding::toString);
  }
}
