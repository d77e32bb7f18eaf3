package nl.rapport.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses webhook targets inside our own network (SSRF): loopback, private, link-local, unique
 * local and wildcard addresses, unless configured to allow them (tests, local set-ups). Checked
 * when a subscription is made and again before every delivery (a name may point elsewhere later).
 */
public final class TargetGuard {

  private TargetGuard() {}

  /** Why this URL may not be called, or empty when it may. */
  public static Optional<String> refusal(String url, boolean allowPrivate) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("url is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("url must be http or https");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return Optional.of("url needs a host (and no user name or password)");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isPrivate(address)) {
          return Optional.of(
              "url points into a private network ("
                  + address.getHostAddress()
                  + "); rapport.webhooks.allow-private-targets allows it");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("url's host is not known: " + uri.getHost());
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean carrierGradeNat =
        bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6
        || carrierGradeNat;
  }
}
