package nl.rapport.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in through the login form, kept in the HTTP session. The authentication mechanism
 * re-establishes the caller from it on every screen request, so nothing depends on the container's
 * own session registration. It holds the user's version at sign-in: when an administrator changes
 * the user, the next request on any node sees a newer version and takes the new roles, or ends the
 * session (disabled, or a new password since {@code since}).
 */
record SignedIn(String username, Set<String> groups, long version, Instant since)
    implements Serializable {

  static final String ATTRIBUTE = SignedIn.class.getName();

  /** Not kept in a session: the caller of one request. */
  static final long NO_VERSION = -1;

  SignedIn {
    groups = Set.copyOf(groups);
  }

  SignedIn(String username, Set<String> groups) {
    this(username, groups, NO_VERSION, null);
  }
}
