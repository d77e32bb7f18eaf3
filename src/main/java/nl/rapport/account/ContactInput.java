package nl.rapport.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a client sends to add or replace a contact. The external id is the caller's own key for the
 * contact (unique); absent keeps the one it has.
 */
public record ContactInput(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Email @Size(max = 254) String email,
    @Size(max = 40)
        @Pattern(regexp = "[+0-9 ()\\-]*", message = "may hold digits, spaces, + - ( ) only")
        String phone,
    @Size(max = 100) String jobTitle,
    @Past LocalDate birthday,
    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as nl")
        String preferredLanguage,
    Channel preferredChannel,
    Boolean marketingConsent,
    @Size(max = 200) String consentSource,
    @Size(max = 100) String externalId) {

  /**
   * Declared so that the constraints stay on the fields only: Payara's OpenAPI scanner fails on
   * constraints that a record copies onto its canonical constructor's parameters.
   */
  public ContactInput(
      String firstName,
      String lastName,
      String email,
      String phone,
      String jobTitle,
      LocalDate birthday,
      String preferredLanguage,
      Channel preferredChannel,
      Boolean marketingConsent,
      String consentSource,
      String externalId) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.jobTitle = jobTitle;
    this.birthday = birthday;
    this.preferredLanguage = preferredLanguage;
    this.preferredChannel = preferredChannel;
    this.marketingConsent = marketingConsent;
    this.consentSource = consentSource;
    this.externalId = externalId;
  }
}
