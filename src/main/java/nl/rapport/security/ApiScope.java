package nl.rapport.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The token scope an API operation needs from a caller with a bearer token (an integration client);
 * people signed in with a password are governed by their roles alone. On a class, a resource name
 * ({@code accounts}): reads need {@code accounts:read}, other methods {@code accounts:write}; on a
 * method, an exact scope. An operation without one refuses every token.
 */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ApiScope {
  String value();
}
