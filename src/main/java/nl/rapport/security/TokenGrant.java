package nl.rapport.security;

import java.util.Set;

/** What this request's bearer token grants: who it was issued to and its scopes. */
record TokenGrant(String subject, Set<String> scopes) {

  static final String ATTRIBUTE = TokenGrant.class.getName();

  TokenGrant {
    scopes = Set.copyOf(scopes);
  }
}
