package nl.rapport.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.rapport.platform.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One mechanism for both doors. Screens sign in through the login form; the session then keeps them
 * signed in ({@link SignedIn}, with a new session id at sign-in). The API is stateless: every call
 * carries a bearer token (systems: OAuth client credentials, verified by MicroProfile JWT) or HTTP
 * Basic (people, unless {@code rapport.api.basic-auth-enabled=false}); an API call never creates or
 * reads a session, and a session cookie alone does not authenticate it. An unauthenticated API call
 * gets a 401 problem, a screen the login page.
 *
 * <p>The application declares MicroProfile JWT ({@code @LoginConfig}), so Payara adds its own JWT
 * mechanism; this one is the selected alternative and hands bearer tokens to that one, so that
 * verification (signature, issuer, audience, expiry) stays MicroProfile JWT's.
 */
@ApplicationScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
public class RapportAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String TOKEN_ENDPOINT = "/api/v1/oauth/token";
  private static final Logger LOG = Logger.getLogger(RapportAuthentication.class.getName());
  private static final String BEARER = "Bearer realm=\"rapport\"";
  private static final String BASIC = "Basic realm=\"rapport\", charset=\"UTF-8\"";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private BeanManager beans;
  @Inject private IntegrationClientService clients;
  @Inject private TokenSigner signer;
  @Inject private UserDirectory users;

  @Inject
  @ConfigProperty(name = "rapport.api.basic-auth-enabled")
  private boolean basicEnabled;

  private volatile HttpAuthenticationMechanism jwt;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(response, isApi(request));
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      // each request reads its user's standing: with the database away that is a 503, as in JAX-RS
      Problem away = nl.rapport.platform.DatabaseOutage.problemFor(e).orElseThrow(() -> e);
      try {
        if (isApi(request)) {
          response.setStatus(away.status());
          response.setHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
          response.setContentType(Problem.MEDIA_TYPE);
          response.setCharacterEncoding("UTF-8");
          response.getWriter().write(away.toJson());
          response.flushBuffer();
        } else {
          response.setHeader("Retry-After", Integer.toString(Problem.RETRY_AFTER_SECONDS));
          response.sendError(away.status());
        }
      } catch (IOException gone) {
        // the client went away; nothing to tell it
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (path(request).equals(TOKEN_ENDPOINT)) {
      // clients authenticate there with their own credentials, checked by the endpoint
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && isApi(request)) {
      return bearer(request, response, context);
    }
    if (authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && isApi(request)
        && !basicEnabled) {
      return refuse(
          response,
          context,
          List.of(BEARER),
          "HTTP Basic is switched off here: use an OAuth bearer token.");
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      CredentialValidationResult result =
          decodeBasic(authorization.substring(6).trim())
              .map(identityStores::validate)
              .orElse(CredentialValidationResult.INVALID_RESULT);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return signedIn(
            request, context, result.getCallerPrincipal().getName(), result.getCallerGroups());
      }
      return unauthorized(response, context, "The user name or password is wrong.");
    }
    if (isApi(request)) {
      if (!context.isProtected()) {
        return context.doNothing();
      }
      return basicEnabled
          ? refuse(
              response,
              context,
              List.of(BEARER, BASIC),
              "Send a bearer token (OAuth client credentials) or, as a person, HTTP Basic.")
          : refuse(
              response,
              context,
              List.of(BEARER),
              "Send a bearer token (OAuth client credentials).");
    }
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      return signIn(request, context, identityStores.validate(formCredential));
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
      Optional<SignedIn> now = users.recheck(signedIn);
      if (now.isPresent()) {
        if (!now.get().equals(signedIn)) {
          // set again, so that a replicated session carries the new roles to the other nodes
          session.setAttribute(SignedIn.ATTRIBUTE, now.get());
        }
        return signedIn(request, context, now.get().username(), now.get().groups());
      }
      // disabled, removed, or a new password since this session signed in
      session.invalidate();
      return context.isProtected() ? toLogin(request, response, context) : context.doNothing();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return toLogin(request, response, context);
  }

  /**
   * To the sign-in page, then back. A screen that posts without a session (it expired, or the node
   * that held it is gone) says so there; an AJAX request gets the redirect as a JSF partial
   * response, which the page follows (a plain 302 would be swallowed by the XHR).
   */
  private static AuthenticationStatus toLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    boolean postback = ajax || "POST".equals(request.getMethod());
    String next = sameSitePage(request);
    String login =
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8)
            + (postback ? "&expired=true" : "");
    if (!ajax) {
      return context.redirect(login);
    }
    try {
      response.setStatus(200);
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"></redirect></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      // the browser went away
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * The page to return to: this request's, or for a postback the page the browser was on (its
   * Referer, when it is one of ours), so that view parameters such as the account id survive.
   */
  private static String sameSitePage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    String referer = request.getHeader("Referer");
    if ("POST".equals(request.getMethod()) && referer != null) {
      try {
        java.net.URI uri = java.net.URI.create(referer);
        if (request.getServerName().equalsIgnoreCase(uri.getHost())
            && uri.getRawPath() != null
            && uri.getRawPath().startsWith(request.getContextPath() + "/")) {
          path =
              uri.getRawPath().substring(request.getContextPath().length())
                  + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
      } catch (IllegalArgumentException e) {
        // not a URI: keep the request's own path
      }
    }
    return path;
  }

  /** A valid form sign-in: a fresh session id (no fixation), and the caller kept in it. */
  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      request.getSession(true);
      request.changeSessionId();
      String name = result.getCallerPrincipal().getName();
      long version =
          users.standing(name).map(UserDirectory.Standing::version).orElse(SignedIn.NO_VERSION);
      request
          .getSession()
          .setAttribute(
              SignedIn.ATTRIBUTE,
              new SignedIn(name, result.getCallerGroups(), version, java.time.Instant.now()));
      return signedIn(
          request, context, result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Tells the container who this is, and keeps the groups on the request for {@link CurrentCaller}:
   * asking the container for each role goes through its JACC policy, which took 4% of a
   * contact-moment POST's CPU (JFR). Groups map to roles of the same name (Payara's default
   * principal-to-role mapping, server-config/pre-boot-commands.asadmin).
   */
  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, String name, Set<String> groups) {
    request.setAttribute(CurrentCaller.GROUPS_ATTRIBUTE, new SignedIn(name, groups));
    return context.notifyContainerAboutLogin(name, groups);
  }

  /**
   * A bearer token, verified by MicroProfile JWT's mechanism. Its refusal would be a bare
   * sendError, so it answers into a response that keeps quiet and the refusal here is a problem
   * with {@code WWW-Authenticate: Bearer} (RFC 6750). A token of ours also needs its client to be
   * active still: revoking a client stops its tokens at once.
   */
  private AuthenticationStatus bearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpServletResponse real = context.getResponse();
    HttpServletResponse quiet =
        new HttpServletResponseWrapper(real) {
          @Override
          public void sendError(int status) {}

          @Override
          public void sendError(int status, String message) {}
        };
    AuthenticationStatus status;
    context.setResponse(quiet);
    try {
      status = jwtMechanism().validateRequest(request, quiet, context);
    } catch (AuthenticationException | RuntimeException e) {
      LOG.log(Level.FINE, "Bearer token refused", e);
      status = AuthenticationStatus.SEND_FAILURE;
    } finally {
      context.setResponse(real);
    }
    if (status != AuthenticationStatus.SUCCESS || context.getCallerPrincipal() == null) {
      return bearerRefused(response, context, "The token is not valid here, or it has expired.");
    }
    Principal principal = context.getCallerPrincipal();
    String scopes = null;
    if (principal instanceof JsonWebToken token) {
      Object scope = token.getClaim("scope");
      scopes = scope == null ? null : scope.toString();
      if (signer.isOurs(token.getIssuer()) && !clients.isActive(token.getName())) {
        return bearerRefused(response, context, "This client has been revoked.");
      }
    }
    Set<String> groups = context.getGroups() == null ? Set.of() : context.getGroups();
    request.setAttribute(CurrentCaller.GROUPS_ATTRIBUTE, new SignedIn(principal.getName(), groups));
    request.setAttribute(
        TokenGrant.ATTRIBUTE, new TokenGrant(principal.getName(), Scopes.known(scopes)));
    return status;
  }

  /** Payara's MicroProfile JWT mechanism: the other bean of this type. */
  private HttpAuthenticationMechanism jwtMechanism() {
    HttpAuthenticationMechanism found = jwt;
    if (found == null) {
      Bean<?> bean =
          beans.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(b -> !RapportAuthentication.class.equals(b.getBeanClass()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("MicroProfile JWT's mechanism is not deployed"));
      found =
          (HttpAuthenticationMechanism)
              beans.getReference(
                  bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
      jwt = found;
    }
    return found;
  }

  private static AuthenticationStatus bearerRefused(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    return refuse(response, context, List.of(BEARER + ", error=\"invalid_token\""), detail);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  /** The credential in a Basic header; empty when it is not one. */
  private static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    return refuse(response, context, List.of(BASIC), detail);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response,
      HttpMessageContext context,
      List<String> challenges,
      String detail) {
    try {
      response.setStatus(401);
      challenges.forEach(c -> response.addHeader("WWW-Authenticate", c));
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(new Problem(401, "Unauthorized", detail, List.of()).toJson());
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
