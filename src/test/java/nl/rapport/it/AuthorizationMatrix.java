package nl.rapport.it;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rapport.it.Api.Reply;

/**
 * Who may call what (rule 8 and the token scopes), written down once as a table: every endpoint of
 * the API × every kind of caller → the status it must answer. The callers are a stranger, the
 * account manager who owns the account, another account manager, marketing, an administrator, and
 * two systems: one holding exactly the scope the endpoint needs and one holding every other scope.
 *
 * <p>Each call is made with a valid body and, where the endpoint wants one, the current ETag, so
 * that an allowed caller gets the success status and a refused one is refused for who it is, not
 * for what it sent. Endpoints that change state for good (archive, erase, approve, revoke…) get a
 * fresh target for every caller.
 */
final class AuthorizationMatrix {

  /** The kinds of caller, the matrix's columns. */
  enum Who {
    STRANGER,
    OWNER,
    OTHER_MANAGER,
    MARKETING,
    ADMIN,
    SYSTEM_IN_SCOPE,
    SYSTEM_OUT_OF_SCOPE
  }

  /**
   * Who is allowed, as rule 8 words it; the other callers get what {@link #expected} gives them.
   */
  enum Rule {
    /** Any signed-in person (account managers see only their own rows in a list). */
    PEOPLE,
    /** Everyone who sees the account: its managers, marketing, admin, systems in scope. */
    SEE_ACCOUNT,
    /** Those who change the account: its managers, admin, systems in scope. */
    CHANGE_ACCOUNT,
    /** Account creation: an account manager for themselves, admin and systems for anyone. */
    CREATE_ACCOUNT_FOR_OWNER,
    /** Imports: account managers (rows for their own accounts), admin, systems in scope. */
    IMPORT,
    /** Personal data and consent: the account's managers, admin, systems with privacy:write. */
    PERSONAL_DATA,
    /** Marketing's work (segments, campaigns, brand): marketing, admin, systems in scope. */
    MARKETING,
    /** Administration. */
    ADMIN,
    /** An administrator's webhook: administrators; for a system it is someone else's (404). */
    ADMINS_WEBHOOK,
    /** Open to anyone, signed in or not (the token endpoint, the consent link). */
    PUBLIC
  }

  /**
   * One endpoint: a call, the scope a system needs (null: people only), the rule and the status of
   * success. Placeholders in braces name fixture objects; those in {@code fresh} are made anew for
   * every caller. {@code etag} is the resource whose current ETag goes in If-Match. {@code listed}
   * names an object a list must show to those who see the owner's account, and must not show to the
   * other account manager (the "other account" half of rule 8 for lists).
   */
  record Endpoint(
      String method,
      String path,
      String body,
      String scope,
      Rule rule,
      int success,
      Set<String> fresh,
      String etag,
      Map<String, String> headers,
      String listed) {

    String label() {
      return method + " " + path;
    }
  }

  /** A case that did not answer as the table says. */
  record Mismatch(String endpoint, Who who, int expected, int actual, String body) {
    @Override
    public String toString() {
      return endpoint + " as " + who + ": expected " + expected + ", got " + actual + " " + body;
    }
  }

  /** What running the whole table found. */
  record Outcome(int cases, List<Mismatch> mismatches, Map<String, Map<Who, Integer>> table) {}

  private static final String CAMPAIGN =
      "{\"name\":\"Matrix {unique}\",\"values\":[\"{brandValue}\"],\"framing\":\"MARKET_PRICING\","
          + "\"goal\":\"RETENTION\",\"segmentId\":\"{segment}\"}";

  static final List<Endpoint> ENDPOINTS = new ArrayList<>();

  private static final String FEED_START = "2026-01-01T00:00:00Z&size=1";

  static {
    // accounts and contacts
    listing("accounts?q=Matrix%20own&size=200", "accounts:read", "{account}");
    add(
        "POST",
        "accounts",
        "{\"name\":\"Matrix {unique}\",\"owner\":\"anna\"}",
        "accounts:write",
        Rule.CREATE_ACCOUNT_FOR_OWNER,
        201);
    // delta feeds: which rows each caller's feed holds is AccountApiIT's (it needs the settle time)
    add("GET", "accounts?updatedSince=" + FEED_START, null, "accounts:read", Rule.PEOPLE, 200);
    add("GET", "accounts/{account}", null, "accounts:read", Rule.SEE_ACCOUNT, 200);
    put(
        "accounts/{account}",
        "{\"name\":\"Matrix own account\",\"industry\":\"{industry}\",\"owner\":\"anna\"}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        "accounts/{account}");
    fresh(
        "DELETE",
        "accounts/{account}",
        null,
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        204,
        "account",
        "accounts/{account}");
    add("GET", "accounts/{account}/contacts", null, "accounts:read", Rule.SEE_ACCOUNT, 200);
    add(
        "GET",
        "accounts/{account}/contacts?updatedSince=" + FEED_START,
        null,
        "accounts:read",
        Rule.SEE_ACCOUNT,
        200);
    add(
        "POST",
        "accounts/{account}/contacts",
        "{\"firstName\":\"Noor\",\"lastName\":\"Matrix {unique}\"}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        201);
    add("GET", "contacts/{contact}", null, "accounts:read", Rule.SEE_ACCOUNT, 200);
    put(
        "contacts/{contact}",
        "{\"firstName\":\"Eva\",\"lastName\":\"Matrix\",\"email\":\"eva.matrix@example.com\",\"marketingConsent\":true}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        "contacts/{contact}");
    fresh(
        "DELETE",
        "contacts/{contact}",
        null,
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        204,
        "contact",
        "contacts/{contact}");
    add("GET", "accounts/{account}/relationship", null, "accounts:read", Rule.SEE_ACCOUNT, 200);
    fresh(
        "POST",
        "accounts/{account}/relationship",
        "{\"to\":\"COMMUNAL_SHARING\",\"reason\":\"They share plans with us\"}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        200,
        "account",
        null);
    add("GET", "accounts/{account}/engagement", null, "accounts:read", Rule.SEE_ACCOUNT, 200);
    add(
        "GET",
        "accounts/{account}/engagement/signals",
        null,
        "accounts:read",
        Rule.SEE_ACCOUNT,
        200);
    add(
        "POST",
        "accounts/{account}/engagement/brand-assessments",
        "{\"score\":4}",
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        201);
    add(
        "POST",
        "accounts/{account}/engagement/referrals",
        "{\"note\":\"Referred a neighbour\"}",
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        201);
    // imports (dry runs: the rules are the same, nothing is written)
    for (String kind : List.of("accounts", "contacts")) {
      ENDPOINTS.add(
          new Endpoint(
              "POST",
              "imports/" + kind + "?dryRun=true",
              kind.equals("accounts")
                  ? "externalId;name\nMATRIX-{unique};Matrix import\n"
                  : "externalId;accountExternalId;firstName;lastName\nM-{unique};MATRIX-0;Noor;Matrix\n",
              "accounts:write",
              Rule.IMPORT,
              200,
              Set.of(),
              null,
              Map.of("Content-Type", "text/csv"),
              null));
      ENDPOINTS.add(
          new Endpoint(
              "GET",
              "imports/" + kind + "/template",
              null,
              "accounts:read",
              Rule.PEOPLE,
              200,
              Set.of(),
              null,
              Map.of("Accept", "text/csv"),
              null));
    }
    // webhooks
    add("GET", "webhooks", null, "webhooks:write", Rule.ADMIN, 200);
    add(
        "POST",
        "webhooks",
        "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":[\"campaign.approved\"],"
            + "\"secret\":\"matrix-secret-0123456789\"}",
        "webhooks:write",
        Rule.ADMIN,
        201);
    add("GET", "webhooks/{webhook}/deliveries", null, "webhooks:write", Rule.ADMINS_WEBHOOK, 200);
    add(
        "POST",
        "webhooks/{webhook}/deliveries/{delivery}/redeliver",
        null,
        "webhooks:write",
        Rule.ADMINS_WEBHOOK,
        202);
    fresh(
        "DELETE",
        "webhooks/{webhook}",
        null,
        "webhooks:write",
        Rule.ADMINS_WEBHOOK,
        204,
        "webhook",
        null);
    // the contact log
    add("GET", "accounts/{account}/interactions", null, "interactions:read", Rule.SEE_ACCOUNT, 200);
    add(
        "POST",
        "accounts/{account}/interactions",
        "{\"channel\":\"PHONE\",\"purpose\":\"CHECK_IN\",\"summary\":\"Matrix call\"}",
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        201);
    add(
        "GET",
        "accounts/{account}/interactions/{interaction}",
        null,
        "interactions:read",
        Rule.SEE_ACCOUNT,
        200);
    add(
        "GET",
        "interactions?updatedSince=" + FEED_START,
        null,
        "interactions:read",
        Rule.PEOPLE,
        200);
    add("GET", "accounts/{account}/complaints", null, "interactions:read", Rule.SEE_ACCOUNT, 200);
    fresh(
        "POST",
        "complaints/{complaint}/resolve",
        "{\"firstContactResolution\":true,\"summary\":\"Sorted on the phone\"}",
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        200,
        "complaint",
        null);
    add("GET", "accounts/{account}/campaigns", null, "campaigns:read", Rule.SEE_ACCOUNT, 200);
    add("GET", "worklist", null, null, Rule.PEOPLE, 200);
    listing("follow-ups", null, "{followUp}");
    fresh(
        "POST",
        "follow-ups/{followUp}/done",
        null,
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        200,
        "followUp",
        null);
    add(
        "POST",
        "follow-ups/{followUp}/reschedule",
        "{\"dueDate\":\"2099-01-01\"}",
        "interactions:write",
        Rule.CHANGE_ACCOUNT,
        200);
    add(
        "GET",
        "accounts/{trajectoryAccount}/trajectory",
        null,
        "accounts:read",
        Rule.SEE_ACCOUNT,
        200);
    add(
        "POST",
        "accounts/{trajectoryAccount}/trajectory/steps/0",
        "{\"done\":true}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        200);
    fresh(
        "PUT",
        "accounts/{reframedAccount}/trajectory",
        "{\"goal\":\"A partner\",\"steps\":[\"Visit\",\"Invite\"]}",
        "accounts:write",
        Rule.CHANGE_ACCOUNT,
        200,
        "reframedAccount",
        null);
    // personal data
    add("GET", "contacts/{contact}/personal-data", null, "privacy:write", Rule.PERSONAL_DATA, 200);
    fresh(
        "DELETE",
        "contacts/{contact}/personal-data",
        null,
        "privacy:write",
        Rule.PERSONAL_DATA,
        204,
        "contact",
        null);
    add("GET", "contacts/{contact}/consents", null, "privacy:write", Rule.PERSONAL_DATA, 200);
    add(
        "POST",
        "contacts/{contact}/consents",
        "{\"purpose\":\"EVENTS\",\"granted\":true,\"source\":\"matrix\"}",
        "privacy:write",
        Rule.PERSONAL_DATA,
        201);
    // marketing
    add("GET", "segments", null, "segments:read", Rule.MARKETING, 200);
    add(
        "POST",
        "segments",
        "{\"name\":\"Matrix {unique}\",\"criteria\":{\"industries\":[\"{industry}\"]}}",
        null,
        Rule.MARKETING,
        201);
    add(
        "POST",
        "segments/preview",
        "{\"industries\":[\"{industry}\"]}",
        "segments:read",
        Rule.MARKETING,
        200);
    add("GET", "segments/{segment}", null, "segments:read", Rule.MARKETING, 200);
    put(
        "segments/{segment}",
        "{\"name\":\"Matrix segment\",\"criteria\":{\"industries\":[\"{industry}\"]}}",
        null,
        Rule.MARKETING,
        "segments/{segment}");
    fresh("DELETE", "segments/{segment}", null, null, Rule.MARKETING, 204, "segment", null);
    fresh("POST", "segments/{segment}/freeze", null, null, Rule.MARKETING, 200, "segment", null);
    add("GET", "segments/{segment}/members", null, "segments:read", Rule.MARKETING, 200);
    ENDPOINTS.add(
        new Endpoint(
            "GET",
            "segments/{segment}/members.csv",
            null,
            "segments:read",
            Rule.MARKETING,
            200,
            Set.of(),
            null,
            Map.of("Accept", "text/csv"),
            null));
    add("GET", "campaigns", null, "campaigns:read", Rule.MARKETING, 200);
    add("POST", "campaigns", CAMPAIGN, "campaigns:write", Rule.MARKETING, 201);
    add("GET", "campaigns/{campaign}", null, "campaigns:read", Rule.MARKETING, 200);
    put(
        "campaigns/{campaign}",
        CAMPAIGN,
        "campaigns:write",
        Rule.MARKETING,
        "campaigns/{campaign}");
    add("GET", "campaigns/{campaign}/check", null, "campaigns:read", Rule.MARKETING, 200);
    fresh(
        "POST",
        "campaigns/{campaign}/approve",
        "{\"override\":true,\"reason\":\"Matrix audience\"}",
        "campaigns:write",
        Rule.MARKETING,
        200,
        "campaign",
        null);
    add("GET", "campaigns/{campaign}/members", null, "campaigns:read", Rule.MARKETING, 200);
    fresh(
        "PUT",
        "campaigns/{campaign}/members/{member}",
        "{\"status\":\"SENT\"}",
        "campaigns:write",
        Rule.MARKETING,
        200,
        "member",
        null);
    add("GET", "campaigns/{campaign}/results", null, "campaigns:read", Rule.MARKETING, 200);
    add("GET", "brand/values", null, null, Rule.PEOPLE, 200);
    add("POST", "brand/values", "{\"name\":\"Matrix {unique}\"}", null, Rule.MARKETING, 201);
    fresh("DELETE", "brand/values/{value}", null, null, Rule.MARKETING, 204, "value", null);
    add("GET", "brand/competitor-claims", null, null, Rule.PEOPLE, 200);
    add(
        "POST",
        "brand/competitor-claims",
        "{\"competitor\":\"Matrix {unique}\",\"values\":[\"Care\"]}",
        null,
        Rule.MARKETING,
        201);
    fresh(
        "DELETE",
        "brand/competitor-claims/{claim}",
        null,
        null,
        Rule.MARKETING,
        204,
        "claim",
        null);
    // administration
    add("GET", "admin/users", null, null, Rule.ADMIN, 200);
    add(
        "POST",
        "admin/users",
        "{\"username\":\"m{unique}\",\"displayName\":\"Matrix user\",\"roles\":[\"MARKETING\"],"
            + "\"password\":\"correct horse battery\"}",
        null,
        Rule.ADMIN,
        201);
    add("GET", "admin/users/{user}", null, null, Rule.ADMIN, 200);
    fresh(
        "PUT",
        "admin/users/{user}",
        "{\"displayName\":\"Matrix user, renamed\",\"roles\":[\"MARKETING\"],\"enabled\":true}",
        null,
        Rule.ADMIN,
        200,
        "user",
        "admin/users/{user}");
    add(
        "POST",
        "admin/users/{user}/password",
        "{\"password\":\"another fine passphrase\"}",
        null,
        Rule.ADMIN,
        204);
    add("POST", "admin/users/{user}/unlock", null, null, Rule.ADMIN, 204);
    add("GET", "admin/clients", null, null, Rule.ADMIN, 200);
    add(
        "POST",
        "admin/clients",
        "{\"name\":\"Matrix {unique}\",\"scopes\":[\"accounts:read\"]}",
        null,
        Rule.ADMIN,
        201);
    fresh("DELETE", "admin/clients/{client}", null, null, Rule.ADMIN, 204, "client", null);
    add("GET", "audit", null, null, Rule.ADMIN, 200);
    add("GET", "admin/retention", null, null, Rule.ADMIN, 200);
    add("POST", "admin/retention", null, null, Rule.ADMIN, 200);
    add("POST", "engagement/recompute", null, null, Rule.ADMIN, 202);
    add("GET", "engagement/recompute", null, null, Rule.PEOPLE, 200);
    // open doors: the same answer whoever asks (an unknown confirmation link is gone)
    ENDPOINTS.add(
        new Endpoint(
            "GET",
            "consents/confirm?token=no-such-token",
            null,
            null,
            Rule.PUBLIC,
            410,
            Set.of(),
            null,
            Map.of("Accept", "text/html"),
            null));
    ENDPOINTS.add(
        new Endpoint(
            "POST",
            "oauth/token",
            "grant_type=client_credentials&client_id=no-such-client&client_secret=wrong",
            null,
            Rule.PUBLIC,
            401,
            Set.of(),
            null,
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            null));
  }

  private static void add(
      String method, String path, String body, String scope, Rule rule, int success) {
    ENDPOINTS.add(
        new Endpoint(method, path, body, scope, rule, success, Set.of(), null, Map.of(), null));
  }

  /** A list every person may read, showing the owner's account only to those who see it. */
  private static void listing(String path, String scope, String listed) {
    ENDPOINTS.add(
        new Endpoint("GET", path, null, scope, Rule.PEOPLE, 200, Set.of(), null, Map.of(), listed));
  }

  private static void put(String path, String body, String scope, Rule rule, String etag) {
    ENDPOINTS.add(
        new Endpoint("PUT", path, body, scope, rule, 200, Set.of(), etag, Map.of(), null));
  }

  private static void fresh(
      String method,
      String path,
      String body,
      String scope,
      Rule rule,
      int success,
      String freshKind,
      String etag) {
    ENDPOINTS.add(
        new Endpoint(
            method, path, body, scope, rule, success, Set.of(freshKind), etag, Map.of(), null));
  }

  /** What the table says this caller gets. */
  static int expected(Endpoint endpoint, Who who) {
    int ok = endpoint.success();
    if (endpoint.rule() == Rule.PUBLIC) {
      return ok;
    }
    if (who == Who.STRANGER) {
      return 401;
    }
    if (who == Who.SYSTEM_IN_SCOPE && endpoint.rule() == Rule.ADMINS_WEBHOOK) {
      return 404; // a system sees only its own subscriptions
    }
    if (who == Who.SYSTEM_IN_SCOPE || who == Who.SYSTEM_OUT_OF_SCOPE) {
      // a system needs the endpoint's scope; endpoints without one are for people only
      return endpoint.scope() != null && who == Who.SYSTEM_IN_SCOPE ? ok : 403;
    }
    return switch (endpoint.rule()) {
      case PEOPLE -> ok;
      // another manager's account does not exist for them; marketing sees but does not change
      case SEE_ACCOUNT -> who == Who.OTHER_MANAGER ? 404 : ok;
      case CHANGE_ACCOUNT, PERSONAL_DATA ->
          switch (who) {
            case OWNER, ADMIN -> ok;
            case OTHER_MANAGER -> 404;
            default -> 403;
          };
      case CREATE_ACCOUNT_FOR_OWNER -> who == Who.OWNER || who == Who.ADMIN ? ok : 403;
      case IMPORT -> who == Who.MARKETING ? 403 : ok;
      case MARKETING -> who == Who.MARKETING || who == Who.ADMIN ? ok : 403;
      case ADMIN, ADMINS_WEBHOOK -> who == Who.ADMIN ? ok : 403;
      case PUBLIC -> ok;
    };
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /** Runs every case against the deployment and reports what did not match. */
  static Outcome run(URL base) {
    MatrixFixture fixture = new MatrixFixture(base);
    Map<String, Map<Who, Integer>> table = new LinkedHashMap<>();
    List<Mismatch> mismatches = new ArrayList<>();
    int cases = 0;
    for (Endpoint endpoint : ENDPOINTS) {
      Map<Who, Integer> row = new EnumMap<>(Who.class);
      for (Who who : Who.values()) {
        Map<String, String> values = fixture.valuesFor(endpoint.fresh());
        Function<String, String> fill = text -> fill(text, values);
        Map<String, String> headers = new LinkedHashMap<>(endpoint.headers());
        if (endpoint.etag() != null) {
          headers.put("If-Match", fixture.etag(fill.apply(endpoint.etag())));
        }
        Api caller = fixture.caller(who, endpoint.scope());
        Reply reply =
            caller.send(
                endpoint.method(),
                fill.apply(endpoint.path()),
                endpoint.body() == null ? null : fill.apply(endpoint.body()),
                headers);
        int expected = expected(endpoint, who);
        cases++;
        row.put(who, reply.status());
        if (reply.status() == expected && expected == 200 && endpoint.listed() != null) {
          boolean shown = reply.raw().body().contains(fill.apply(endpoint.listed()));
          boolean mayBeShown = who != Who.OTHER_MANAGER;
          if (shown != mayBeShown) {
            mismatches.add(
                new Mismatch(
                    endpoint.label(),
                    who,
                    expected,
                    reply.status(),
                    (shown ? "lists " : "does not list ") + endpoint.listed()));
          }
          if (!shown) {
            row.put(who, -reply.status());
          }
        }
        if (reply.status() != expected) {
          String body = reply.raw().body();
          mismatches.add(
              new Mismatch(
                  endpoint.label(),
                  who,
                  expected,
                  reply.status(),
                  body.length() > 300 ? body.substring(0, 300) : body));
        }
      }
      table.put(endpoint.label(), row);
    }
    return new Outcome(cases, mismatches, table);
  }

  /** The answers as a Markdown table: one row per endpoint, one column per kind of caller. */
  static String markdown(Outcome outcome) {
    StringBuilder out = new StringBuilder("| endpoint | scope |");
    for (Who who : Who.values()) {
      out.append(' ').append(who.name().toLowerCase().replace('_', ' ')).append(" |");
    }
    out.append("\n|---|---|").append("---|".repeat(Who.values().length)).append('\n');
    for (Endpoint endpoint : ENDPOINTS) {
      out.append("| `").append(endpoint.label()).append("` | ");
      String scope = endpoint.rule() == Rule.PUBLIC ? "public" : endpoint.scope();
      out.append(scope == null ? "people only" : scope).append(" |");
      Map<Who, Integer> row = outcome.table().get(endpoint.label());
      for (Who who : Who.values()) {
        int status = row.get(who);
        // a negative status: answered, without the owner's account in the list
        out.append(' ').append(status < 0 ? -status + " without it" : status).append(" |");
      }
      out.append('\n');
    }
    return out.append('\n')
        .append(outcome.cases())
        .append(" cases, ")
        .append(outcome.mismatches().size())
        .append(" mismatches\n")
        .toString();
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      String value =
          "unique".equals(key)
              ? java.util.UUID.randomUUID().toString().substring(0, 8)
              : values.get(key);
      if (value == null) {
        throw new IllegalStateException("no fixture value for {" + key + "} in " + text);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
