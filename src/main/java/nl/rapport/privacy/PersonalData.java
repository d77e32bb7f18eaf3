package nl.rapport.privacy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.account.Contact;
import nl.rapport.campaign.CampaignService.Membership;
import nl.rapport.interaction.ComplaintView;
import nl.rapport.interaction.InteractionView;
import nl.rapport.platform.AuditEntry;
import nl.rapport.platform.Changes;

/**
 * Everything Rapport holds about one person (GDPR articles 15 and 20), machine-readable: the
 * contact, the contact moments with them, other moments whose summary names them, their complaints,
 * the campaigns they were chosen or suppressed for, and the audit trail about them.
 */
public record PersonalData(
    Instant exportedAt,
    String exportedBy,
    Person contact,
    List<InteractionView> interactions,
    List<InteractionView> mentions,
    List<ComplaintView> complaints,
    List<Membership> campaigns,
    List<ConsentView> consents,
    List<AuditLine> auditTrail) {

  private static final Jsonb JSON =
      JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true));

  /** The contact as stored, consent and erasure included. */
  public record Person(
      UUID id,
      UUID accountId,
      String accountName,
      String firstName,
      String lastName,
      String email,
      String phone,
      String jobTitle,
      LocalDate birthday,
      String preferredLanguage,
      Channel preferredChannel,
      boolean marketingConsent,
      String consentSource,
      Instant consentAt,
      Instant createdAt,
      boolean removed,
      Instant erasedAt) {

    static Person of(Contact c, String accountName) {
      return new Person(
          c.getId(),
          c.getAccountId(),
          accountName,
          c.getFirstName(),
          c.getLastName(),
          c.getEmail(),
          c.getPhone(),
          c.getJobTitle(),
          c.getBirthday(),
          c.getPreferredLanguage(),
          c.getPreferredChannel(),
          c.isMarketingConsent(),
          c.getConsentSource(),
          c.getConsentAt(),
          c.getCreatedAt(),
          c.isRemoved(),
          c.getErasedAt());
    }
  }

  /** One line of the audit trail about the person. */
  public record AuditLine(
      Instant at, String actor, String action, Map<String, Changes.Change> changes, String detail) {

    static AuditLine of(AuditEntry e) {
      return new AuditLine(
          e.getAt(), e.getActor(), e.getAction(), e.getChanges().fields(), e.getDetail());
    }
  }

  /** The export as a file: UTF-8 JSON, indented, unknown values as null. */
  public byte[] toJson() {
    return JSON.toJson(this).getBytes(StandardCharsets.UTF_8);
  }
}
