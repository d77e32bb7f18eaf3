package nl.rapport.security;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import nl.rapport.platform.JsonFactories;
import nl.rapport.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 token endpoint, client credentials grant (RFC 6749 §4.4). The client authenticates
 * with HTTP Basic (preferred by the RFC) or with {@code client_id} and {@code client_secret} in the
 * form. Refusals are problem+json that also carry the RFC's {@code error} member, so OAuth
 * libraries read them as well as people do.
 */
@RequestScoped
@Path("oauth/token")
@Tag(name = "Integration clients")
// public in web.xml too; here so that a caller who sends a token is answered like anyone
@PermitAll
public class TokenResource {

  @Inject private IntegrationClientService clients;
  @Inject private TokenSigner signer;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A short-lived access token (RS256 JWT) for an integration client: grant_type="
              + "client_credentials, optional scope (space-separated; default all the client"
              + " holds)")
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String formId,
      @FormParam("client_secret") String formSecret,
      @FormParam("scope") String scope,
      @HeaderParam("Authorization") String authorization) {
    if (grantType == null || grantType.isBlank()) {
      return refusal(400, "invalid_request", "grant_type", "grant_type is required");
    }
    if (!grantType.equals("client_credentials")) {
      return refusal(
          400, "unsupported_grant_type", "grant_type", "only client_credentials is supported");
    }
    Optional<String[]> basic = basic(authorization);
    String id = basic.map(b -> b[0]).orElse(formId);
    String secret = basic.map(b -> b[1]).orElse(formSecret);
    if (id == null || id.isBlank() || secret == null || secret.isEmpty()) {
      return refusal(
          401, "invalid_client", "client_id", "client_id and client_secret are required");
    }
    Optional<IntegrationClient> client = clients.authenticate(id, secret);
    if (client.isEmpty()) {
      return refusal(
          401, "invalid_client", "client_id", "unknown client, wrong secret or revoked client");
    }
    Set<String> granted;
    try {
      granted = Scopes.grant(Scopes.parse(scope), client.get().getScopes());
    } catch (IllegalArgumentException e) {
      return refusal(400, "invalid_scope", "scope", e.getMessage());
    }
    TokenSigner.Issued issued = signer.issue(client.get().getClientId(), granted);
    String body =
        JsonFactories.BUILDERS
            .createObjectBuilder()
            .add("access_token", issued.token())
            .add("token_type", "Bearer")
            .add("expires_in", issued.expiresIn())
            .add("scope", Scopes.format(issued.scopes()))
            .build()
            .toString();
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache")
        .build();
  }

  /** client_secret_basic: both parts form-urlencoded inside the Basic credentials (§2.3.1). */
  private static Optional<String[]> basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new String[] {
            URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
          });
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Response refusal(int status, String error, String field, String message) {
    Problem problem =
        status == 401
            ? new Problem(401, "Unauthorized", message, java.util.List.of())
            : Problem.validation(
                message, java.util.List.of(new Problem.FieldError(field, message)));
    JsonObjectBuilder body =
        JsonFactories.BUILDERS
            .createObjectBuilder(
                JsonFactories.READERS
                    .createReader(new java.io.StringReader(problem.toJson()))
                    .readObject())
            .add("error", error)
            .add("error_description", message);
    Response.ResponseBuilder response =
        Response.status(status).type(Problem.PROBLEM_JSON).entity(body.build().toString());
    if (status == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"rapport-clients\"");
    }
    return response.header("Cache-Control", "no-store").build();
  }
}
