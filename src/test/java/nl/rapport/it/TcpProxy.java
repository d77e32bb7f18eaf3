package nl.rapport.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy between Rapport and its database that a test can turn off ({@link #down}: every
 * connection is cut and new ones are refused) or freeze ({@link #freeze}: connections stay open but
 * no byte passes), then restore. It plays the database that stops or hangs.
 */
final class TcpProxy implements AutoCloseable {

  private enum Mode {
    OPEN,
    DOWN,
    FROZEN
  }

  private final ServerSocket server;
  private final String upstreamHost;
  private final int[] upstreamPorts;
  private volatile int route;
  private final List<Socket> sockets = new ArrayList<>();
  private volatile Mode mode = Mode.OPEN;

  TcpProxy(String upstreamHost, int... upstreamPorts) throws IOException {
    this.upstreamHost = upstreamHost;
    this.upstreamPorts = upstreamPorts.clone();
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::acceptLoop, "proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Cuts every connection and refuses new ones, as a stopped database does. */
  void down() {
    mode = Mode.DOWN;
    closeAll();
  }

  /** Lets no byte through, on open and on new connections, as a hung database does. */
  void freeze() {
    mode = Mode.FROZEN;
  }

  /**
   * New connections go to this upstream (by position) from now on, and open ones are cut, so that
   * the browser's next request reaches it.
   */
  void routeTo(int upstream) {
    route = upstream;
    closeAll();
  }

  /** Back to normal; connections cut while down stay cut. */
  void open() {
    mode = Mode.OPEN;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (mode == Mode.DOWN) {
          client.close();
          continue;
        }
        Socket upstream = connectUpstream();
        if (upstream == null) {
          client.close();
          continue;
        }
        synchronized (sockets) {
          sockets.add(client);
          sockets.add(upstream);
        }
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // a closed server socket ends the loop; a refused upstream drops this client
      }
    }
  }

  /** The routed upstream, or the next that accepts (a dead node refuses); null when none does. */
  private Socket connectUpstream() {
    for (int i = 0; i < upstreamPorts.length; i++) {
      try {
        return new Socket(upstreamHost, upstreamPorts[(route + i) % upstreamPorts.length]);
      } catch (IOException refused) {
        // that node is gone: try the next
      }
    }
    return null;
  }

  private void pump(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  while (mode == Mode.FROZEN) {
                    Thread.sleep(20);
                  }
                  if (mode == Mode.DOWN) {
                    break;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // the other side went away
              } finally {
                close(from);
                close(to);
              }
            },
            "proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private void closeAll() {
    synchronized (sockets) {
      sockets.forEach(TcpProxy::close);
      sockets.clear();
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    mode = Mode.DOWN;
    server.close();
    closeAll();
  }
}
