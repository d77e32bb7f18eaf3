package nl.rapport.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro process of the suite's own, running the WAR that {@code mvn package} built with
 * the environment a test gives it: for what Arquillian's one container per class cannot do (a
 * database behind a proxy, a {@code kill -9}, a second node).
 */
final class PayaraNode implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private PayaraNode(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a node and waits until Rapport answers; its output goes to target/nodes/NAME.log. */
  static PayaraNode start(String name, Map<String, String> env, List<String> extraOptions)
      throws IOException, InterruptedException {
    return start(name, env, List.of(), extraOptions);
  }

  /** The same, with JVM options (they go before -jar). */
  static PayaraNode start(
      String name, Map<String, String> env, List<String> jvmOptions, List<String> extraOptions)
      throws IOException, InterruptedException {
    Path target = Path.of(System.getProperty("rapport.war", "target/rapport.war")).getParent();
    Path home = Files.createDirectories(target.resolve("nodes").resolve(name));
    Path root = Files.createTempDirectory(home, "root-");
    Path tmp = Files.createDirectories(home.resolve("tmp"));
    Path log = home.resolve("payara-" + System.currentTimeMillis() + ".log");
    int port = freePort();
    String basedir = System.getProperty("rapport.basedir", ".");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    command.addAll(
        List.of(
            "--port",
            Integer.toString(port),
            "--rootdir",
            root.toString(),
            "--deploy",
            System.getProperty("rapport.war", "target/rapport.war"),
            "--prebootcommandfile",
            basedir + "/server-config/pre-boot-commands.asadmin",
            "--logproperties",
            basedir + "/server-config/logging.properties"));
    command.addAll(extraOptions);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    // the nodes of a cluster share the key the first one makes (the suite's own key is for the
    // single-node classes)
    builder.environment().remove("RAPPORT_OAUTH_SIGNING_KEY");
    builder.environment().putAll(env);
    Process process = builder.start();
    PayaraNode node = new PayaraNode(name, process, port, log);
    node.awaitReady(Duration.ofSeconds(240));
    return node;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitReady(Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see " + log);
      }
      if (status("/rapport/login.xhtml") == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not start in " + timeout + "; see " + log);
  }

  /** The status of a GET to this server path, or -1 when nothing answers. */
  int status(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The deployment URL, as Arquillian gives it: http://127.0.0.1:PORT/rapport/ */
  URL url() {
    try {
      return URI.create("http://127.0.0.1:" + port + "/rapport/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  boolean alive() {
    return process.isAlive();
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  /** kill -9: no shutdown hook, no flush, nothing graceful. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  @Override
  public String toString() {
    return name + " on port " + port + " (" + new File(log.toString()).getName() + ")";
  }
}
