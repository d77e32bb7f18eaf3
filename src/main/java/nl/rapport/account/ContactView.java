package nl.rapport.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ContactView(
    UUID id,
    UUID accountId,
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
    boolean removed,
    Instant erasedAt,
    Instant updatedAt,
    String externalId)
    implements java.io.Serializable {

  public static ContactView of(Contact c) {
    return new ContactView(
        c.getId(),
        c.getAccountId(),
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
        c.isRemoved(),
        c.getErasedAt(),
        c.getUpdatedAt(),
        c.getExternalId());
  }
}
