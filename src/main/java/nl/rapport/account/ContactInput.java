package nl.rapport.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.rapport.interaction.Channel;

/** What a client sends to add or replace a contact. */
public record ContactInput(
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Email @Size(max = 254) String email,
    @Size(max = 40) @Pattern(regexp = "[+0-9 ()\\-]*", message = "may hold digits, spaces, + - ( ) only")
        String phone,
    @Size(max = 100) String jobTitle,
    @Past LocalDate birthday,
    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as nl")
        String preferredLanguage,
    Channel preferredChannel,
    Boolean marketingConsent,
    @Size(max = 200) String consentSource) {}
