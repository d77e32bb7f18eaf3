package nl.rapport.it;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.rapport.it.Api.Reply;

/**
 * The objects the authorization matrix calls on, made through the API by those who may: an account
 * of anna's with a contact, a contact moment and an open complaint; a segment of that account and a
 * draft campaign of maria's; a user and a client of the administrator's. Objects that a call uses
 * up are made anew on request; the systems' tokens are renewed well before they expire.
 */
final class MatrixFixture {

  private static final long TOKEN_RENEWAL_MILLIS = 120_000;

  private final URL base;
  private final Api anna;
  private final Api maria;
  private final Api admin;
  private final Map<String, String> shared = new HashMap<>();
  private final Map<Set<String>, Api> systems = new HashMap<>();
  private final Map<Set<String>, Long> systemsSince = new HashMap<>();

  MatrixFixture(URL base) {
    this.base = base;
    this.anna = Api.as(base, "anna");
    this.maria = Api.as(base, "maria");
    this.admin = Api.as(base, "admin");
    String industry = "Matrix " + shortId();
    shared.put("industry", industry);
    shared.put("brandValue", brandValue());
    String account = anna.createAccount("Matrix own account", "\"industry\":\"" + industry + "\"");
    shared.put("account", account);
    shared.put("contact", contact());
    shared.put(
        "interaction",
        created(
            anna.post(
                "accounts/" + account + "/interactions",
                "{\"channel\":\"VISIT\",\"purpose\":\"CHECK_IN\",\"summary\":\"Matrix visit\"}")));
    shared.put("complaint", complaint());
    shared.put("followUp", followUp());
    shared.put("trajectoryAccount", trajectoryAccount());
    shared.put("reframedAccount", reframedAccount());
    shared.put("segment", segment());
    shared.put("campaign", campaign());
    shared.put("member", "unused");
    shared.put("user", user());
    shared.put("client", client());
    shared.put("value", brandValueId());
    shared.put("claim", claim());
    shared.put("webhook", webhook());
    shared.put("delivery", delivery(shared.get("webhook")));
    finishedRecompute();
  }

  /** The values to fill a case's placeholders with, the named kinds made anew. */
  Map<String, String> valuesFor(Set<String> fresh) {
    Map<String, String> values = new HashMap<>(shared);
    for (String kind : fresh) {
      switch (kind) {
        case "account" -> values.put("account", anna.createAccount("Matrix spare account", null));
        case "contact" -> values.put("contact", contact());
        case "complaint" -> values.put("complaint", complaint());
        case "followUp" -> values.put("followUp", followUp());
        case "reframedAccount" -> values.put("reframedAccount", reframedAccount());
        case "segment" -> values.put("segment", segment());
        case "campaign" -> values.put("campaign", campaign());
        case "member" -> {
          String campaign = campaign();
          approve(campaign);
          values.put("campaign", campaign);
          values.put("member", member(campaign));
        }
        case "user" -> values.put("user", user());
        case "client" -> values.put("client", client());
        case "webhook" -> values.put("webhook", webhook());
        case "value" -> values.put("value", brandValueId());
        case "claim" -> values.put("claim", claim());
        default -> throw new IllegalArgumentException("no such fixture kind: " + kind);
      }
    }
    return values;
  }

  /** The current ETag of a resource, read by the administrator (who sees everything). */
  String etag(String path) {
    Reply reply = admin.get(path);
    if (reply.status() != 200) {
      throw new AssertionError("cannot read " + path + ": " + reply);
    }
    return reply.header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
  }

  /** The API client for this kind of caller; systems get a token for the endpoint's scope. */
  Api caller(AuthorizationMatrix.Who who, String scope) {
    return switch (who) {
      case STRANGER -> Api.anonymous(base);
      case OWNER -> anna;
      case OTHER_MANAGER -> Api.as(base, "bram");
      case MARKETING -> maria;
      case ADMIN -> admin;
      case SYSTEM_IN_SCOPE -> system(scope == null ? Set.copyOf(SCOPES) : Set.of(scope));
      case SYSTEM_OUT_OF_SCOPE -> {
        List<String> others = new ArrayList<>(SCOPES);
        others.remove(scope);
        yield system(Set.copyOf(others));
      }
    };
  }

  static final List<String> SCOPES =
      List.of(
          "accounts:read",
          "accounts:write",
          "interactions:read",
          "interactions:write",
          "segments:read",
          "campaigns:read",
          "campaigns:write",
          "webhooks:write",
          "privacy:write");

  private Api system(Set<String> scopes) {
    long now = System.currentTimeMillis();
    Long since = systemsSince.get(scopes);
    if (since == null || now - since > TOKEN_RENEWAL_MILLIS) {
      systems.put(scopes, Api.system(base, scopes.toArray(String[]::new)));
      systemsSince.put(scopes, now);
    }
    return systems.get(scopes);
  }

  private String contact() {
    return created(
        anna.post(
            "accounts/" + shared.get("account") + "/contacts",
            "{\"firstName\":\"Eva\",\"lastName\":\"Matrix\",\"email\":\"eva.matrix@example.com\","
                + "\"marketingConsent\":true}"));
  }

  /** An open follow-up, on an account of its own: a later moment there would close it. */
  private String followUp() {
    String account = anna.createAccount("Matrix follow-up account", null);
    return created(
        anna.post(
            "accounts/" + account + "/interactions",
            "{\"channel\":\"PHONE\",\"purpose\":\"SALES\",\"summary\":\"Send the offer\","
                + "\"followUpDate\":\"2026-01-01\"}"));
  }

  /** An account moved from market pricing to communal sharing, its trajectory not planned yet. */
  private String reframedAccount() {
    String account =
        anna.createAccount("Matrix reframed account", "\"relationshipType\":\"MARKET_PRICING\"");
    Reply moved =
        anna.post(
            "accounts/" + account + "/relationship",
            "{\"to\":\"COMMUNAL_SHARING\",\"reason\":\"Matrix\"}");
    if (moved.status() != 200) {
      throw new AssertionError("cannot move " + account + ": " + moved);
    }
    return account;
  }

  /** An account with a planned trajectory of two steps. */
  private String trajectoryAccount() {
    String account = reframedAccount();
    Reply planned =
        anna.put(
            "accounts/" + account + "/trajectory",
            "{\"goal\":\"A partner\",\"steps\":[\"Visit\",\"Invite\"]}",
            Map.of());
    if (planned.status() != 200) {
      throw new AssertionError("cannot plan " + account + ": " + planned);
    }
    return account;
  }

  private String complaint() {
    String account = shared.get("account");
    String interaction =
        created(
            anna.post(
                "accounts/" + account + "/interactions",
                "{\"channel\":\"PHONE\",\"purpose\":\"COMPLAINT\",\"summary\":\"Late delivery\"}"));
    Reply complaints = anna.get("accounts/" + account + "/complaints?size=200");
    return complaints.items().getValuesAs(JsonObject.class).stream()
        .filter(c -> interaction.equals(c.getString("interactionId")))
        .map(c -> c.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no complaint for " + interaction + complaints));
  }

  private String segment() {
    return created(
        maria.post(
            "segments",
            "{\"name\":\"Matrix "
                + shortId()
                + "\",\"criteria\":{\"industries\":[\""
                + shared.get("industry")
                + "\"]}}"));
  }

  private String campaign() {
    return created(
        maria.post(
            "campaigns",
            "{\"name\":\"Matrix "
                + shortId()
                + "\",\"values\":[\""
                + shared.get("brandValue")
                + "\"],\"framing\":\"MARKET_PRICING\",\"goal\":\"RETENTION\",\"segmentId\":\""
                + shared.get("segment")
                + "\"}"));
  }

  private void approve(String campaign) {
    Reply approved =
        maria.post(
            "campaigns/" + campaign + "/approve", "{\"override\":true,\"reason\":\"Matrix\"}");
    if (approved.status() != 200) {
      throw new AssertionError("campaign not approved: " + approved);
    }
  }

  private String member(String campaign) {
    Reply members = maria.get("campaigns/" + campaign + "/members?size=200");
    return members.items().getValuesAs(JsonObject.class).stream()
        .filter(m -> "TARGETED".equals(m.getString("status")))
        .map(m -> m.getString("id"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no targeted member: " + members));
  }

  private String brandValue() {
    String name = "Matrix value " + shortId();
    created(maria.post("brand/values", "{\"name\":\"" + name + "\",\"evidence\":\"Tested\"}"));
    return name;
  }

  private String brandValueId() {
    return created(maria.post("brand/values", "{\"name\":\"Matrix spare " + shortId() + "\"}"));
  }

  private String claim() {
    return created(
        maria.post(
            "brand/competitor-claims",
            "{\"competitor\":\"Matrix " + shortId() + "\",\"values\":[\"Speed\"]}"));
  }

  private String user() {
    String name = "m" + shortId();
    Reply made =
        admin.post(
            "admin/users",
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Matrix user\",\"roles\":[\"MARKETING\"],"
                + "\"password\":\"correct horse battery\"}");
    if (made.status() != 201) {
      throw new AssertionError("user not created: " + made);
    }
    return name;
  }

  /** An administrator's subscription to erasures, at a local port where nothing listens. */
  private String webhook() {
    return created(
        admin.post(
            "webhooks",
            "{\"url\":\"http://127.0.0.1:9/matrix\",\"events\":[\"contact.erased\"],"
                + "\"secret\":\"matrix-secret-0123456789\"}"));
  }

  /** A delivery of the webhook: a spare contact of anna's erased. */
  private String delivery(String webhook) {
    Reply erased = anna.delete("contacts/" + contact() + "/personal-data", Map.of());
    if (erased.status() != 204) {
      throw new AssertionError("contact not erased: " + erased);
    }
    Reply log = admin.get("webhooks/" + webhook + "/deliveries");
    if (log.status() != 200 || log.items().isEmpty()) {
      throw new AssertionError("no delivery: " + log);
    }
    return log.items().getJsonObject(0).getString("id");
  }

  private String client() {
    return created(
        admin.post(
            "admin/clients",
            "{\"name\":\"Matrix " + shortId() + "\",\"scopes\":[\"accounts:read\"]}"));
  }

  /** A full recompute has run to its end, so that its status reads and a new one may start. */
  private void finishedRecompute() {
    Reply started = admin.post("engagement/recompute", null);
    if (started.status() != 202 && started.status() != 409) {
      throw new AssertionError("recompute not started: " + started);
    }
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      Reply status = admin.get("engagement/recompute");
      if (status.status() == 200 && !"RUNNING".equals(status.json().getString("status", ""))) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the recompute did not finish within a minute");
  }

  private static String created(Reply reply) {
    if (reply.status() != 201) {
      throw new AssertionError("not created: " + reply);
    }
    return reply.json().getString("id");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
