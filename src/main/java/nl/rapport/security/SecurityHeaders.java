package nl.rapport.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every answer carries, set by the authentication mechanism before anything
 * else runs, so that refusals (401, the sign-in redirect) have them too. Screens get a second
 * Content-Security-Policy from PrimeFaces (script sources with a nonce, {@code primefaces.CSP} in
 * web.xml); browsers enforce both.
 */
final class SecurityHeaders {

  /**
   * Everything but scripts, which PrimeFaces' policy governs (a default-src here would refuse its
   * nonce'd inline scripts: a browser enforces each policy on its own). PrimeFaces needs inline
   * styles.
   */
  static final String SCREEN_POLICY =
      "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self';"
          + " connect-src 'self'; frame-src 'none'; media-src 'none'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** An API answer is data, never a document to render. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response, boolean api) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", api ? API_POLICY : SCREEN_POLICY);
    if (api) {
      // answers hold personal data: no browser or proxy keeps a copy
      response.setHeader("Cache-Control", "no-store");
    }
  }
}
