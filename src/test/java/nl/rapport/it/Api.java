package nl.rapport.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the API tests: one signed-in user, JSON in and out. */
public final class Api {

  public static final String PASSWORD = "rapport";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;
  private final HttpClient http;

  private Api(URI base, String user, String password) {
    this(base, user, password, HTTP);
  }

  private Api(URI base, String user, String password, HttpClient http) {
    this(
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        base,
        http);
  }

  private Api(String authorization, URI base, HttpClient http) {
    this.base = base;
    this.http = http;
    this.authorization = authorization;
  }

  /** A caller with this bearer token (an integration client). */
  public static Api withToken(URL deployment, String token) {
    return new Api("Bearer " + token, URI.create(deployment.toString()).resolve("api/v1/"), HTTP);
  }

  /** A POST of application/x-www-form-urlencoded fields, as OAuth's token endpoint takes. */
  public Reply form(String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return execute(request, headers);
  }

  /**
   * @param deployment the deployment URL Arquillian injects (…/rapport/)
   */
  public static Api as(URL deployment, String user) {
    return new Api(URI.create(deployment.toString()).resolve("api/v1/"), user, PASSWORD);
  }

  /** Like {@link #as}, with a client that keeps every cookie it is sent, as browsers do. */
  public static Api keepingCookies(URL deployment, String user, java.net.CookieManager cookies) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies)
            .build();
    return new Api(URI.create(deployment.toString()).resolve("api/v1/"), user, PASSWORD, http);
  }

  /** Runs the calls at the same moment on as many threads; their replies in order. */
  public static java.util.List<Reply> together(
      int calls, java.util.function.IntFunction<Reply> call) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(calls);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      java.util.List<java.util.concurrent.Future<Reply>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(n);
                }));
      }
      start.countDown();
      java.util.List<Reply> replies = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Reply> f : futures) {
        replies.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
      return replies;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  public static Api anonymous(URL deployment) {
    return new Api(URI.create(deployment.toString()).resolve("api/v1/"), null, null);
  }

  public static Api withPassword(URL deployment, String user, String password) {
    return new Api(URI.create(deployment.toString()).resolve("api/v1/"), user, password);
  }

  /** A response: status, headers and the parsed body (null when empty). */
  public record Reply(int status, HttpResponse<String> raw) {

    public JsonObject json() {
      return (JsonObject) value();
    }

    public JsonValue value() {
      String body = raw.body();
      return body == null || body.isBlank()
          ? null
          : Json.createReader(new StringReader(body)).readValue();
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The field names a problem+json body blames. */
    public java.util.List<String> problemFields() {
      JsonObject body = json();
      if (!body.containsKey("errors")) {
        return java.util.List.of();
      }
      return body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
          .map(e -> e.getString("field"))
          .toList();
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  public Reply post(String path, String json, Map<String, String> headers) {
    return send("POST", path, json, headers);
  }

  public Reply put(String path, String json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  public Reply delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  public Reply send(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json");
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return execute(request, headers);
  }

  /** Sends the request with this caller's credentials and the extra headers. */
  private Reply execute(HttpRequest.Builder request, Map<String, String> headers) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::setHeader);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates an account owned by this user and returns its id. */
  public String createAccount(String name, String extraJson) {
    Reply reply =
        post(
            "accounts",
            "{\"name\":\"" + name + "\"" + (extraJson == null ? "" : "," + extraJson) + "}");
    if (reply.status() != 201) {
      throw new AssertionError("account not created: " + reply);
    }
    return reply.json().getString("id");
  }

  /** A new integration client with these scopes (made by the demo admin), calling with a token. */
  public static Api system(URL deployment, String... scopes) {
    Reply made =
        as(deployment, "admin")
            .post(
                "admin/clients",
                "{\"name\":\""
                    + unique("System")
                    + "\",\"scopes\":[\""
                    + String.join("\",\"", scopes)
                    + "\"]}");
    if (made.status() != 201) {
      throw new AssertionError("client not created: " + made);
    }
    Reply token =
        anonymous(deployment)
            .form(
                "oauth/token",
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", made.json().getString("clientId"),
                    "client_secret", made.json().getString("clientSecret")),
                Map.of());
    if (token.status() != 200) {
      throw new AssertionError("no token: " + token);
    }
    return withToken(deployment, token.json().getString("access_token"));
  }

  public static String unique(String prefix) {
    return prefix + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
  }
}
