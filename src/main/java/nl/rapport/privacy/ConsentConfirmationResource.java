package nl.rapport.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.rapport.platform.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in the double opt-in mail, opened by the person, who has no account here: a small page
 * in their language (Dutch or English, from the browser), 200 when it confirmed, 410 when the link
 * is used, expired or withdrawn since.
 */
@RequestScoped
@Path("consents/confirm")
@Tag(name = "Privacy")
// public in web.xml too; here so that a caller who sends a token is answered like anyone
@PermitAll
public class ConsentConfirmationResource {

  @Inject private PrivacyService privacy;
  @Context private HttpHeaders headers;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  @Operation(summary = "Confirm a consent with the single-use token from the mail (public)")
  public Response confirm(@QueryParam("token") String token) {
    Locale locale =
        headers.getAcceptableLanguages().stream()
            .filter(l -> l.getLanguage().equals("nl") || l.getLanguage().equals("en"))
            .findFirst()
            .orElse(Locale.ENGLISH);
    boolean confirmed = privacy.confirm(token).isPresent();
    String key = confirmed ? "consent.confirmed" : "consent.invalid";
    String title = Messages.format(locale, key + ".title", List.of());
    String text = Messages.format(locale, key, List.of());
    String page =
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width\"><title>"
            + title
            + "</title></head><body><main><h1>"
            + title
            + "</h1><p>"
            + text
            + "</p></main></body></html>";
    return Response.status(confirmed ? 200 : 410).entity(page).build();
  }
}
