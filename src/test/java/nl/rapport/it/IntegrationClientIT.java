package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Systems over OAuth 2.0 client credentials: an administrator makes a client, the client gets a
 * token and calls the API within its scopes only; MicroProfile JWT refuses bad tokens. The suite
 * configures the signing key (src/test/resources/it-signing-key.pem), so it can also sign tokens of
 * its own that differ from a good one in one claim.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationClientIT {

  static final int BURST = 30;

  /**
   * Small limits, so that a test reaches them: 30 calls at once and one a second back; a name is
   * locked after 3 failed sign-ins and gets an attempt back every 2 s. Verified passwords are not
   * remembered, so that every sign-in meets the lock.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application(
        Map.of(
            "rapport.rate-limit.burst", Integer.toString(BURST),
            "rapport.rate-limit.per-minute", "60",
            "rapport.login.max-failures", "3",
            "rapport.login.failure-window-seconds", "6",
            "rapport.security.verified-login-cache-seconds", "0"));
  }

  @ArquillianResource private URL base;

  private record Client(String id, String clientId, String secret) {}

  private Client client(String... scopes) {
    Reply made =
        Api.as(base, "admin")
            .post(
                "admin/clients",
                "{\"name\":\""
                    + Api.unique("ERP sync")
                    + "\",\"scopes\":[\""
                    + String.join("\",\"", scopes)
                    + "\"]}");
    assertEquals(201, made.status(), made::toString);
    JsonObject body = made.json();
    return new Client(
        body.getString("id"), body.getString("clientId"), body.getString("clientSecret"));
  }

  private Reply token(Client client, String scope) {
    Map<String, String> fields =
        new java.util.LinkedHashMap<>(
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                client.clientId(),
                "client_secret",
                client.secret()));
    if (scope != null) {
      fields.put("scope", scope);
    }
    return Api.anonymous(base).form("oauth/token", fields, Map.of());
  }

  private String accessToken(Client client, String scope) {
    Reply token = token(client, scope);
    assertEquals(200, token.status(), token::toString);
    return token.json().getString("access_token");
  }

  @Test
  void aClientGetsATokenAndCallsTheApiWithinItsScopesOnly() throws Exception {
    Client erp = client("accounts:read", "interactions:write");

    Reply listed = Api.as(base, "admin").get("admin/clients");
    assertEquals(200, listed.status(), listed::toString);
    assertTrue(listed.raw().body().contains(erp.clientId()), listed::toString);
    assertFalse(listed.raw().body().contains(erp.secret()), "the secret is shown once only");
    assertFalse(listed.raw().body().contains("clientSecret"));

    Reply token = token(erp, null);
    assertEquals(200, token.status(), token::toString);
    assertTrue(token.contentType().startsWith("application/json"), token.contentType());
    assertEquals("no-store", token.header("Cache-Control").orElse(""));
    assertEquals("Bearer", token.json().getString("token_type"));
    assertEquals(300, token.json().getInt("expires_in"));
    assertEquals("accounts:read interactions:write", token.json().getString("scope"));
    // RFC 6749's preferred client authentication: HTTP Basic, parts form-urlencoded
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (erp.clientId() + ":" + erp.secret()).getBytes(StandardCharsets.UTF_8));
    Reply viaBasic =
        Api.anonymous(base)
            .form(
                "oauth/token",
                Map.of("grant_type", "client_credentials"),
                Map.of("Authorization", basic));
    assertEquals(200, viaBasic.status(), viaBasic::toString);

    Api system = Api.withToken(base, token.json().getString("access_token"));
    Reply accounts = system.get("accounts?size=1");
    assertEquals(200, accounts.status(), accounts::toString);
    assertEquals(
        Api.as(base, "admin").get("accounts?size=1").json().getInt("total"),
        accounts.json().getInt("total"),
        "a system reads every account, as an administrator does");
    String account = Api.as(base, "anna").createAccount(Api.unique("Via ERP"), null);
    Reply logged =
        system.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"EMAIL\",\"purpose\":\"SERVICE_REQUEST\",\"summary\":\"Order confirmed\"}");
    assertEquals(201, logged.status(), logged::toString);

    Reply create = system.post("accounts", "{\"name\":\"Not allowed\",\"owner\":\"anna\"}");
    assertEquals(403, create.status(), create::toString);
    assertEquals("application/problem+json", create.contentType());
    assertEquals(
        "Bearer error=\"insufficient_scope\", scope=\"accounts:write\"",
        create.header("WWW-Authenticate").orElse(""));
    assertTrue(create.json().getString("detail").contains("accounts:write"), create::toString);
    for (String outside : List.of("segments", "admin/clients", "worklist", "brand/values")) {
      Reply refused = system.get(outside);
      assertEquals(403, refused.status(), outside + ": " + refused);
    }

    Api narrow = Api.withToken(base, accessToken(erp, "accounts:read"));
    assertEquals(200, narrow.get("accounts/" + account).status());
    Reply narrowLog =
        narrow.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"EMAIL\",\"purpose\":\"SERVICE_REQUEST\",\"summary\":\"Second\"}");
    assertEquals(403, narrowLog.status(), "a token asked for less gets less: " + narrowLog);
  }

  @Test
  void theTokenEndpointRefusesAsOAuthSays() {
    Client erp = client("accounts:read");
    Api anonymous = Api.anonymous(base);
    Map<String, String> good =
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            erp.clientId(),
            "client_secret",
            erp.secret());

    Reply wrongSecret =
        anonymous.form("oauth/token", with(good, "client_secret", "not-it"), Map.of());
    Reply unknownClient =
        anonymous.form("oauth/token", with(good, "client_id", "nobody-00000000"), Map.of());
    for (Reply refused : List.of(wrongSecret, unknownClient)) {
      assertEquals(401, refused.status(), refused::toString);
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
      assertEquals("invalid_client", refused.json().getString("error"));
      assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("Basic"));
    }
    assertEquals(
        wrongSecret.json().getString("detail"),
        unknownClient.json().getString("detail"),
        "an unknown client reads as a wrong secret");

    Reply noGrant = anonymous.form("oauth/token", with(good, "grant_type", ""), Map.of());
    assertEquals(400, noGrant.status(), noGrant::toString);
    assertEquals("invalid_request", noGrant.json().getString("error"));
    assertEquals(List.of("grant_type"), noGrant.problemFields());

    Reply password = anonymous.form("oauth/token", with(good, "grant_type", "password"), Map.of());
    assertEquals(400, password.status());
    assertEquals("unsupported_grant_type", password.json().getString("error"));

    for (String scope : List.of("accounts:write", "accounts:read everything")) {
      Reply refused = anonymous.form("oauth/token", with(good, "scope", scope), Map.of());
      assertEquals(400, refused.status(), scope + ": " + refused);
      assertEquals("invalid_scope", refused.json().getString("error"));
      assertEquals(List.of("scope"), refused.problemFields());
    }
  }

  private static Map<String, String> with(Map<String, String> fields, String key, String value) {
    Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
    changed.put(key, value);
    return changed;
  }

  @Test
  void badTokensAre401WithABearerChallengeAndAGoodOneDifferingInOneClaimPasses() throws Exception {
    Client erp = client("accounts:read");
    String kid = SignedJWT.parse(accessToken(erp, null)).getHeader().getKeyID();
    PrivateKey suiteKey = suiteKey();

    String good = sign(suiteKey, kid, erp.clientId(), c -> c);
    assertEquals(200, Api.withToken(base, good).get("accounts?size=1").status(), "the baseline");

    Map<String, String> bad =
        Map.of(
            "expired",
            sign(
                suiteKey,
                kid,
                erp.clientId(),
                c ->
                    c.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(600)))),
            "wrong audience",
            sign(suiteKey, kid, erp.clientId(), c -> c.audience("someone-else")),
            "wrong issuer",
            sign(suiteKey, kid, erp.clientId(), c -> c.issuer("https://evil.example")),
            "another key",
            sign(otherKey(), kid, erp.clientId(), c -> c),
            "tampered",
            good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"),
            "not a JWT",
            "abc.def.ghi");
    for (Map.Entry<String, String> token : bad.entrySet()) {
      Reply refused = Api.withToken(base, token.getValue()).get("accounts?size=1");
      assertEquals(401, refused.status(), token.getKey() + ": " + refused);
      assertTrue(
          refused.contentType().startsWith("application/problem+json"),
          token.getKey() + ": " + refused.contentType());
      assertEquals(
          "Bearer realm=\"rapport\", error=\"invalid_token\"",
          refused.header("WWW-Authenticate").orElse(""),
          token.getKey());
      assertEquals("no-store", refused.header("Cache-Control").orElse(""), token.getKey());
    }

    Reply none = Api.anonymous(base).get("accounts?size=1");
    assertEquals(401, none.status());
    assertTrue(
        none.raw().headers().allValues("WWW-Authenticate").stream()
            .anyMatch(c -> c.startsWith("Bearer")),
        none.raw().headers().toString());
  }

  @Test
  void revokingAClientStopsItsTokensAtOnce() {
    Client erp = client("accounts:read");
    Api system = Api.withToken(base, accessToken(erp, null));
    assertEquals(200, system.get("accounts?size=1").status());

    Api admin = Api.as(base, "admin");
    assertEquals(204, admin.delete("admin/clients/" + erp.id(), Map.of()).status());
    Reply after = system.get("accounts?size=1");
    assertEquals(401, after.status(), after::toString);
    assertTrue(after.json().getString("detail").contains("revoked"), after::toString);
    assertEquals(401, token(erp, null).status(), "no new tokens either");
    assertEquals(204, admin.delete("admin/clients/" + erp.id(), Map.of()).status(), "idempotent");

    JsonObject listed =
        admin.get("admin/clients").items().getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("id").equals(erp.id()))
            .findFirst()
            .orElseThrow();
    assertFalse(listed.getBoolean("active"));
    assertEquals("admin", listed.getString("revokedBy"));
    assertEquals(
        404, admin.delete("admin/clients/" + UUID.randomUUID(), Map.of()).status(), "unknown");
  }

  @Test
  void onlyAdministratorsManageClientsAndBadInputNamesTheField() {
    for (String person : List.of("anna", "maria")) {
      assertEquals(403, Api.as(base, person).get("admin/clients").status(), person);
      assertEquals(
          403,
          Api.as(base, person)
              .post("admin/clients", "{\"name\":\"Mine\",\"scopes\":[\"accounts:read\"]}")
              .status(),
          person);
    }
    Api admin = Api.as(base, "admin");
    Reply unknownScope =
        admin.post("admin/clients", "{\"name\":\"ERP\",\"scopes\":[\"accounts:everything\"]}");
    assertEquals(422, unknownScope.status(), unknownScope::toString);
    assertEquals(List.of("scopes"), unknownScope.problemFields());
    Reply noName = admin.post("admin/clients", "{\"scopes\":[\"accounts:read\"]}");
    assertEquals(400, noName.status(), noName::toString);
    assertTrue(noName.problemFields().contains("name"), noName::toString);
    Reply noScopes = admin.post("admin/clients", "{\"name\":\"ERP\",\"scopes\":[]}");
    assertEquals(400, noScopes.status(), noScopes::toString);
    assertTrue(noScopes.problemFields().contains("scopes"), noScopes::toString);
  }

  @Test
  void aBurstOverTheLimitGets429WithTheHeadersAndOtherCallersAreNotAffected() throws Exception {
    Api system = Api.withToken(base, accessToken(client("accounts:read"), null));
    Reply first = system.get("accounts?size=1");
    assertEquals(200, first.status(), first::toString);
    assertEquals(Optional.of(Integer.toString(BURST)), first.header("RateLimit-Limit"));
    assertEquals(Optional.of(Integer.toString(BURST - 1)), first.header("RateLimit-Remaining"));
    assertEquals(Optional.of("1"), first.header("RateLimit-Reset"), "one token back takes 1 s");

    long started = System.nanoTime();
    int passed = 1;
    Reply refused = null;
    while (refused == null && passed < 3 * BURST) {
      Reply reply = system.get("accounts?size=1");
      if (reply.status() == 429) {
        refused = reply;
      } else {
        assertEquals(200, reply.status(), reply::toString);
        passed++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertTrue(refused != null, "no 429 after " + passed + " calls");
    // the burst, plus what one token a second gave back meanwhile
    assertTrue(
        passed >= BURST && passed <= BURST + Math.ceil(seconds) + 1,
        passed + " calls passed in " + seconds + " s");
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
    assertEquals(429, refused.json().getInt("status"));
    assertTrue(refused.json().getString("detail").contains("Retry after"), refused::toString);
    assertEquals(Optional.of("0"), refused.header("RateLimit-Remaining"));
    assertEquals(Optional.of(Integer.toString(BURST)), refused.header("RateLimit-Limit"));
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertEquals(1, retryAfter, "a token a second");
    assertTrue(Long.parseLong(refused.header("RateLimit-Reset").orElseThrow()) >= BURST - 2);

    Reply person = Api.as(base, "anna").get("accounts?size=1");
    assertEquals(200, person.status(), "anna has a bucket of her own");

    Thread.sleep(retryAfter * 1000 + 100);
    assertEquals(200, system.get("accounts?size=1").status(), "after Retry-After it passes");
  }

  @Test
  void failedSignInsLockTheNameKnownOrNotWithTheSameAnswerUntilTheWindowGivesOneBack()
      throws Exception {
    // bram signs in nowhere else in this class
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (String name : List.of("bram", unknown)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(401, Api.withPassword(base, name, "wrong").get("accounts?size=1").status());
      }
    }
    Reply locked = Api.as(base, "bram").get("accounts?size=1");
    Reply wrong = Api.withPassword(base, "bram", "wrong").get("accounts?size=1");
    Reply unknownLocked = Api.as(base, unknown).get("accounts?size=1");
    Reply neverTried =
        Api.withPassword(base, "nobody-" + UUID.randomUUID().toString().substring(0, 8), "x")
            .get("accounts?size=1");
    for (Reply r : List.of(locked, wrong, unknownLocked, neverTried)) {
      assertEquals(401, r.status(), r::toString);
      assertEquals(locked.raw().body(), r.raw().body(), "one answer for every refusal");
      assertEquals(
          locked.raw().headers().allValues("WWW-Authenticate"),
          r.raw().headers().allValues("WWW-Authenticate"));
    }
    assertEquals(200, Api.as(base, "anna").get("accounts?size=1").status(), "others sign in");

    Thread.sleep(2_500); // 3 failures per 6 s: one attempt back every 2 s
    assertEquals(200, Api.as(base, "bram").get("accounts?size=1").status(), "open again");
  }

  private static PrivateKey suiteKey() throws Exception {
    String pem =
        Files.readString(
            Path.of(
                System.getProperty("rapport.basedir", "."),
                "src/test/resources/it-signing-key.pem"));
    byte[] der =
        Base64.getDecoder()
            .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", ""));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static PrivateKey otherKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }

  /** A token like the endpoint's, changed by {@code change}. */
  private static String sign(
      PrivateKey key, String kid, String clientId, UnaryOperator<JWTClaimsSet.Builder> change)
      throws Exception {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer("rapport")
            .subject(clientId)
            .audience("rapport-api")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .jwtID(UUID.randomUUID().toString())
            .claim("upn", clientId)
            .claim("client_id", clientId)
            .claim("groups", List.of("INTEGRATION"))
            .claim("scope", "accounts:read");
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
            change.apply(claims).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
