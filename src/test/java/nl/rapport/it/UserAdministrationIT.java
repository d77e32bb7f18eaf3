package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators manage users over the API, and a change counts at the user's very next call,
 * although verified passwords are remembered for a minute (the shipped default); the audit trail
 * records each change with the fields before and after, and reads back filtered and paged. And who
 * may call what at all: the authorization matrix over every endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdministrationIT {

  private static final String GOOD_PASSWORD = "correct horse battery";

  /** A name is locked after 3 failed sign-ins, for long enough that only an unlock lifts it. */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application(
        Map.of(
            "rapport.login.max-failures", "3",
            "rapport.login.failure-window-seconds", "3600",
            // the matrix makes some 900 calls in a minute as a few users; limits are tested
            // elsewhere
            "rapport.rate-limit.burst", "5000",
            // the matrix's webhook points at a closed local port: never delivered, only listed
            "rapport.webhooks.allow-private-targets", "true"));
  }

  @ArquillianResource private URL base;

  private Api admin() {
    return Api.as(base, "admin");
  }

  private static String newName() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private String createUser(String roles) {
    String name = newName();
    Reply made =
        admin()
            .post(
                "admin/users",
                "{\"username\":\""
                    + name
                    + "\",\"displayName\":\"Test "
                    + name
                    + "\",\"roles\":["
                    + roles
                    + "],\"password\":\""
                    + GOOD_PASSWORD
                    + "\"}");
    assertEquals(201, made.status(), made::toString);
    return name;
  }

  private Reply change(String name, String json) {
    Reply current = admin().get("admin/users/" + name);
    assertEquals(200, current.status(), current::toString);
    return admin()
        .put("admin/users/" + name, json, Map.of("If-Match", current.header("ETag").orElseThrow()));
  }

  @Test
  void anAdministratorCreatesAUserWhoCanSignInAtOnce() {
    String name = newName();
    Reply made =
        admin()
            .post(
                "admin/users",
                "{\"username\":\""
                    + name
                    + "\",\"displayName\":\"Carla Smit\",\"roles\":[\"ACCOUNT_MANAGER\"],"
                    + "\"password\":\""
                    + GOOD_PASSWORD
                    + "\"}");
    assertEquals(201, made.status(), made::toString);
    assertTrue(made.header("Location").orElse("").endsWith("/admin/users/" + name));
    assertTrue(made.header("ETag").isPresent());
    JsonObject user = made.json();
    assertEquals("Carla Smit", user.getString("displayName"));
    assertEquals(
        List.of("ACCOUNT_MANAGER"),
        user.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertTrue(user.getBoolean("enabled"));
    assertFalse(user.getBoolean("locked"));
    assertFalse(made.raw().body().contains(GOOD_PASSWORD), "the password is never answered");
    assertFalse(made.raw().body().toLowerCase().contains("hash"));

    Reply signedIn = Api.withPassword(base, name, GOOD_PASSWORD).get("accounts");
    assertEquals(200, signedIn.status(), signedIn::toString);

    Reply listed = admin().get("admin/users?size=200");
    assertEquals(200, listed.status());
    assertTrue(listed.raw().body().contains("\"" + name + "\""), listed::toString);
    assertTrue(listed.json().getInt("total") >= 5, listed::toString);

    Reply again =
        admin()
            .post(
                "admin/users",
                "{\"username\":\""
                    + name
                    + "\",\"displayName\":\"Twice\",\"roles\":[\"MARKETING\"],\"password\":\""
                    + GOOD_PASSWORD
                    + "\"}");
    assertEquals(409, again.status(), again::toString);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    String body = "{\"username\":\"%s\",\"displayName\":\"X\",\"roles\":[%s],\"password\":\"%s\"}";
    Reply shortPassword =
        admin().post("admin/users", body.formatted(newName(), "\"MARKETING\"", "kort1234"));
    assertEquals(422, shortPassword.status(), shortPassword::toString);
    assertEquals("application/problem+json", shortPassword.contentType());
    assertEquals(List.of("password"), shortPassword.problemFields());

    String name = newName();
    Reply containsName =
        admin().post("admin/users", body.formatted(name, "\"MARKETING\"", name + "-secret-1"));
    assertEquals(List.of("password"), containsName.problemFields(), containsName::toString);
    Reply common =
        admin().post("admin/users", body.formatted(newName(), "\"MARKETING\"", "Wachtwoord2024"));
    assertEquals(List.of("password"), common.problemFields(), common::toString);

    Reply badName =
        admin().post("admin/users", body.formatted("Has Spaces", "\"MARKETING\"", GOOD_PASSWORD));
    assertEquals(List.of("username"), badName.problemFields(), badName::toString);
    Reply noRoles = admin().post("admin/users", body.formatted(newName(), "", GOOD_PASSWORD));
    assertEquals(List.of("roles"), noRoles.problemFields(), noRoles::toString);
    Reply systemRole =
        admin().post("admin/users", body.formatted(newName(), "\"INTEGRATION\"", GOOD_PASSWORD));
    assertEquals(List.of("roles"), systemRole.problemFields(), systemRole::toString);
    Reply unknownRole =
        admin().post("admin/users", body.formatted(newName(), "\"BOSS\"", GOOD_PASSWORD));
    assertEquals(400, unknownRole.status(), unknownRole::toString);
    assertTrue(unknownRole.problemFields().contains("roles"), unknownRole::toString);

    assertEquals(404, admin().get("admin/users/nobody-" + newName()).status());
  }

  /**
   * Every endpoint × every kind of caller answers as {@link AuthorizationMatrix} says, and the
   * table in {@code docs/authorization-matrix.md} is the one the API answered (a fresh copy is
   * written to {@code target/authorization-matrix.md}).
   */
  @Test
  void everyEndpointAnswersEveryKindOfCallerAsTheAuthorizationMatrixSays() throws Exception {
    AuthorizationMatrix.Outcome outcome = AuthorizationMatrix.run(base);
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "authorization-matrix.md"),
        AuthorizationMatrix.markdown(outcome));
    assertEquals(
        AuthorizationMatrix.ENDPOINTS.size() * AuthorizationMatrix.Who.values().length,
        outcome.cases());
    assertTrue(
        outcome.mismatches().isEmpty(),
        outcome.mismatches().size()
            + " of "
            + outcome.cases()
            + " cases answered otherwise:\n"
            + String.join("\n", outcome.mismatches().stream().map(Object::toString).toList()));
    // the table in the docs is the one the API answered, so that it cannot drift from the truth
    String documented =
        java.nio.file.Files.readString(java.nio.file.Path.of("docs", "authorization-matrix.md"));
    assertEquals(
        AuthorizationMatrix.markdown(outcome).strip(),
        documented.substring(documented.indexOf("| endpoint |")).strip(),
        "docs/authorization-matrix.md differs from the answers in target/authorization-matrix.md");
  }

  @Test
  void newRolesAndDisablingCountAtTheNextCallDespiteTheRememberedSignIn() {
    String name = createUser("\"ACCOUNT_MANAGER\"");
    Api user = Api.withPassword(base, name, GOOD_PASSWORD);
    assertEquals(200, user.get("accounts").status());
    assertEquals(403, user.get("admin/users").status());

    Reply promoted =
        change(
            name,
            "{\"displayName\":\"Promoted\",\"roles\":[\"ACCOUNT_MANAGER\",\"ADMIN\"],"
                + "\"enabled\":true}");
    assertEquals(200, promoted.status(), promoted::toString);
    assertEquals("Promoted", promoted.json().getString("displayName"));
    assertEquals(200, user.get("admin/users").status(), "the new role counts at once");

    Reply disabled =
        change(name, "{\"displayName\":\"Promoted\",\"roles\":[\"ADMIN\"],\"enabled\":false}");
    assertEquals(200, disabled.status(), disabled::toString);
    assertFalse(disabled.json().getBoolean("enabled"));
    assertEquals(401, user.get("accounts").status(), "a disabled user is refused at once");
  }

  @Test
  void updatesNeedTheCurrentVersion() {
    String name = createUser("\"MARKETING\"");
    String json = "{\"displayName\":\"Renamed\",\"roles\":[\"MARKETING\"],\"enabled\":true}";
    Reply withoutIfMatch = admin().put("admin/users/" + name, json, Map.of());
    assertEquals(428, withoutIfMatch.status(), withoutIfMatch::toString);
    String etag = admin().get("admin/users/" + name).header("ETag").orElseThrow();
    assertEquals(200, admin().put("admin/users/" + name, json, Map.of("If-Match", etag)).status());
    Reply stale =
        admin()
            .put("admin/users/" + name, json.replace("Renamed", "Again"), Map.of("If-Match", etag));
    assertEquals(412, stale.status(), stale::toString);
    assertEquals("Renamed", admin().get("admin/users/" + name).json().getString("displayName"));
    Reply missingField = change(name, "{\"displayName\":\"X\",\"roles\":[\"MARKETING\"]}");
    assertEquals(List.of("enabled"), missingField.problemFields(), missingField::toString);
  }

  @Test
  void administratorsCannotLockThemselvesOut() {
    Reply selfDisable =
        change("admin", "{\"displayName\":\"Admin\",\"roles\":[\"ADMIN\"],\"enabled\":false}");
    assertEquals(409, selfDisable.status(), selfDisable::toString);
    Reply selfDemote =
        change("admin", "{\"displayName\":\"Admin\",\"roles\":[\"MARKETING\"],\"enabled\":true}");
    assertEquals(409, selfDemote.status(), selfDemote::toString);
    assertEquals(200, admin().get("admin/users").status());
  }

  @Test
  void aNewPasswordReplacesTheOldOneAtOnce() {
    String name = createUser("\"MARKETING\"");
    Api old = Api.withPassword(base, name, GOOD_PASSWORD);
    assertEquals(200, old.get("segments").status());
    Reply weak =
        admin().post("admin/users/" + name + "/password", "{\"password\":\"123456789012\"}");
    assertEquals(List.of("password"), weak.problemFields(), weak::toString);
    Reply set =
        admin().post("admin/users/" + name + "/password", "{\"password\":\"a brand new phrase\"}");
    assertEquals(204, set.status(), set::toString);
    assertEquals(401, old.get("segments").status(), "the old password is refused at once");
    assertEquals(200, Api.withPassword(base, name, "a brand new phrase").get("segments").status());
  }

  @Test
  void anAdministratorUnlocksANameThatFailedSignInsLocked() {
    String name = createUser("\"MARKETING\"");
    for (int i = 0; i < 3; i++) {
      assertEquals(401, Api.withPassword(base, name, "wrong " + i).get("segments").status());
    }
    Api right = Api.withPassword(base, name, GOOD_PASSWORD);
    assertEquals(401, right.get("segments").status(), "locked: even the right password fails");
    assertTrue(admin().get("admin/users/" + name).json().getBoolean("locked"));

    assertEquals(204, admin().post("admin/users/" + name + "/unlock", "{}").status());
    assertFalse(admin().get("admin/users/" + name).json().getBoolean("locked"));
    assertEquals(200, right.get("segments").status());
  }

  @Test
  void theAuditTrailShowsEachChangeWithItsFieldsBeforeAndAfter() {
    String name = createUser("\"MARKETING\"");
    change(
        name,
        "{\"displayName\":\"Marketeer\",\"roles\":[\"MARKETING\",\"ADMIN\"],\"enabled\":true}");

    Reply trail = admin().get("audit?entityType=User&entityId=" + name);
    assertEquals(200, trail.status(), trail::toString);
    assertEquals(2, trail.json().getInt("total"), trail::toString);
    JsonObject update = trail.items().getJsonObject(0);
    assertEquals("UPDATE", update.getString("action"));
    assertEquals("admin", update.getString("actor"));
    assertEquals(name, update.getString("entityId"));
    JsonObject roles = update.getJsonObject("changes").getJsonObject("roles");
    assertEquals("MARKETING", roles.getString("before"));
    assertEquals("ADMIN,MARKETING", roles.getString("after"));
    assertEquals(
        "Marketeer",
        update.getJsonObject("changes").getJsonObject("displayName").getString("after"));
    assertFalse(update.getJsonObject("changes").containsKey("enabled"), "unchanged: left out");
    assertEquals("CREATE", trail.items().getJsonObject(1).getString("action"));
    assertFalse(trail.raw().body().contains(GOOD_PASSWORD));

    Api anna = Api.as(base, "anna");
    String account = anna.createAccount(Api.unique("Audited"), null);
    Reply read = anna.get("accounts/" + account);
    anna.put(
        "accounts/" + account,
        "{\"name\":\"Audited and renamed\",\"industry\":\"Retail\"}",
        Map.of("If-Match", read.header("ETag").orElseThrow()));
    Reply accountTrail =
        admin().get("audit?entityType=Account&entityId=" + account + "&actor=anna");
    assertEquals(2, accountTrail.json().getInt("total"), accountTrail::toString);
    JsonObject renamed = accountTrail.items().getJsonObject(0).getJsonObject("changes");
    assertEquals("Audited and renamed", renamed.getJsonObject("name").getString("after"));
    assertTrue(renamed.getJsonObject("industry").isNull("before"), renamed::toString);
    assertEquals("Retail", renamed.getJsonObject("industry").getString("after"));

    Reply paged = admin().get("audit?size=1&page=1&from=2020-01-01");
    assertEquals(1, paged.items().size());
    assertTrue(paged.json().getInt("total") >= 4, paged::toString);
    assertEquals(
        0,
        admin()
            .get("audit?entityType=User&entityId=" + name + "&to=2020-01-01")
            .json()
            .getInt("total"));

    Reply badFrom = admin().get("audit?from=yesterday");
    assertEquals(400, badFrom.status());
    assertEquals(List.of("from"), badFrom.problemFields());
    Reply backwards = admin().get("audit?from=2026-12-02&to=2026-12-01");
    assertEquals(List.of("to"), backwards.problemFields(), backwards::toString);
    assertEquals(405, admin().delete("audit", Map.of()).status(), "append-only: no delete");
    assertEquals(405, admin().put("audit", "{}", Map.of()).status(), "append-only: no update");
  }
}
