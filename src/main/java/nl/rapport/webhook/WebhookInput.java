package nl.rapport.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new subscription: where to, which events, and the secret that signs them. */
public record WebhookInput(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> events,
    @NotBlank @Size(min = 16, max = 200) String secret) {

  /** Declared so that the constraints stay on the fields (Payara's OpenAPI scanner). */
  public WebhookInput(String url, List<String> events, String secret) {
    this.url = url;
    this.events = events;
    this.secret = secret;
  }
}
