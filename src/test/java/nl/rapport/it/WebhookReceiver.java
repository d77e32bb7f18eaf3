package nl.rapport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.rapport.it.Api.Reply;

/**
 * A real HTTP receiver for webhooks (the JDK's server): it verifies each signature as an integrator
 * would, answers 503 on purpose while told to, and records what arrived.
 */
final class WebhookReceiver implements AutoCloseable {

  static final String SECRET = "whsec_" + "a1b2c3d4e5f6a7b8c9d0";

  /**
   * What arrived: the body, whether its signature held, whether the Rapport-Event-Id and -Type
   * headers name the body's event, when.
   */
  record Received(JsonObject body, boolean signed, boolean named, long at) {}

  private final HttpServer server;

  /** Everything accepted (2xx), in the order it arrived. */
  final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  /** The next this many calls are answered 503. */
  final AtomicInteger failFirst = new AtomicInteger();

  /** Every call, refused ones too. */
  final AtomicInteger calls = new AtomicInteger();

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          calls.incrementAndGet();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int status;
          if (failFirst.getAndDecrement() > 0) {
            status = 503;
          } else {
            var headers = exchange.getRequestHeaders();
            JsonObject event = Json.createReader(new StringReader(body)).readObject();
            boolean named =
                event.getString("id").equals(headers.getFirst("Rapport-Event-Id"))
                    && event.getString("type").equals(headers.getFirst("Rapport-Event-Type"));
            received.add(
                new Received(
                    event,
                    verifies(headers.getFirst("Rapport-Signature"), body),
                    named,
                    System.currentTimeMillis()));
            status = 204;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The verification an integrator writes (docs/api.md shows it). */
  static boolean verifies(String header, String body) {
    try {
      Map<String, String> parts = new java.util.HashMap<>();
      for (String part : header.split(",")) {
        String[] kv = part.split("=", 2);
        parts.put(kv[0], kv[1]);
      }
      long t = Long.parseLong(parts.get("t"));
      if (Math.abs(System.currentTimeMillis() / 1000 - t) > 300) {
        return false; // too old: a replay
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return java.security.MessageDigest.isEqual(
          expected, HexFormat.of().parseHex(parts.get("v1")));
    } catch (Exception e) {
      return false;
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Subscribes this receiver to these events (JSON strings, comma-separated); the new id. */
  String subscribe(Api api, String events) {
    Reply made =
        api.post(
            "webhooks",
            "{\"url\":\""
                + url()
                + "\",\"events\":["
                + events
                + "],\"secret\":\""
                + SECRET
                + "\"}");
    assertEquals(201, made.status(), made::toString);
    assertTrue(made.raw().body().indexOf(SECRET) < 0, "the secret is not shown back");
    return made.json().getString("id");
  }

  /** Waits up to this long until this many have arrived. */
  void awaitReceived(int count, Duration atMost) throws InterruptedException {
    long until = System.nanoTime() + atMost.toNanos();
    while (received.size() < count && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertTrue(received.size() >= count, "received " + received.size() + " of " + count);
  }

  void awaitReceived(int count) throws InterruptedException {
    awaitReceived(count, Duration.ofSeconds(30));
  }

  /** The events that arrived, in order. */
  List<JsonObject> bodies() {
    synchronized (received) {
      return received.stream().map(Received::body).toList();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
