package nl.rapport.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the login form, kept in the HTTP session. The authentication mechanism
 * re-establishes the caller from it on every screen request, so nothing depends on the container's
 * own session registration.
 */
record SignedIn(String username, Set<String> groups) implements Serializable {

  static final String ATTRIBUTE = SignedIn.class.getName();

  SignedIn {
    groups = Set.copyOf(groups);
  }
}
