package nl.rapport.security;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.rapport.platform.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A rate limit per API caller: a person by user name, a system by client id, and a call without
 * credentials (the token endpoint) by its address. Runs after authentication, so every call that
 * reaches Rapport's resources counts; every answer carries the {@code RateLimit-*} headers and a
 * call over the limit is 429 with {@code Retry-After}.
 */
@WebFilter(urlPatterns = "/api/*")
public class RateLimiting extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RateLimiting.class.getName());

  @Inject private Buckets buckets;

  @Inject
  @ConfigProperty(name = "rapport.rate-limit.enabled")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "rapport.rate-limit.burst")
  private long burst;

  @Inject
  @ConfigProperty(name = "rapport.rate-limit.per-minute")
  private long perMinute;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    Allowance allowance = Allowance.perMinute(burst, perMinute);
    ConsumptionProbe probe;
    try {
      probe = buckets.bucket(callerKey(request), allowance).tryConsumeAndReturnRemaining(1);
    } catch (RuntimeException e) {
      // the data grid is not answering: serve the call rather than refuse everyone
      LOG.log(Level.WARNING, "Rate limit not checked: " + e, e);
      chain.doFilter(request, response);
      return;
    }
    allowance.headers(probe).forEach(response::setHeader);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(429);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            new Problem(
                    429,
                    "Too Many Requests",
                    "Too many calls: at most "
                        + burst
                        + " at once and "
                        + perMinute
                        + " a minute. Retry after "
                        + response.getHeader("Retry-After")
                        + " s.",
                    List.of())
                .toJson());
  }

  /** Whose bucket: kinds are kept apart, so a user and a client of the same name never share. */
  static String callerKey(HttpServletRequest request) {
    if (request.getAttribute(TokenGrant.ATTRIBUTE) instanceof TokenGrant grant) {
      return "client:" + grant.subject();
    }
    if (request.getUserPrincipal() != null) {
      return "user:" + request.getUserPrincipal().getName();
    }
    return "address:" + request.getRemoteAddr();
  }
}
