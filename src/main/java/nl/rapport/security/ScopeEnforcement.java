package nl.rapport.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.rapport.platform.Problem;

/**
 * Checks each API operation's {@link ApiScope} against the bearer token of the request, before the
 * resource runs: a token without the scope gets 403 (RFC 6750 {@code insufficient_scope}), an
 * operation that declares none refuses every token. Password callers pass: roles govern them. A
 * public operation ({@link PermitAll}: the token endpoint, the consent link) answers everyone
 * alike.
 */
@Provider
public class ScopeEnforcement implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
        || resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
      return;
    }
    ApiScope declared = resource.getResourceMethod().getAnnotation(ApiScope.class);
    if (declared == null) {
      declared = resource.getResourceClass().getAnnotation(ApiScope.class);
    }
    context.register(new Check(declared == null ? null : declared.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {

    private final String declared;

    Check(String declared) {
      this.declared = declared;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      // servlet request attributes are the JAX-RS request's properties
      if (!(request.getProperty(TokenGrant.ATTRIBUTE) instanceof TokenGrant grant)) {
        return;
      }
      if (declared == null) {
        request.abortWith(
            refusal(null, "Integration clients cannot use this operation; a person can."));
        return;
      }
      String needed = Scopes.required(declared, request.getMethod());
      if (!Scopes.KNOWN.contains(needed)) {
        // e.g. changing segments: no scope grants it
        request.abortWith(
            refusal(null, "Integration clients cannot use this operation; a person can."));
      } else if (!grant.scopes().contains(needed)) {
        request.abortWith(refusal(needed, "This token lacks the scope " + needed + "."));
      }
    }

    private static Response refusal(String scope, String detail) {
      Response problem = Problem.of(Response.Status.FORBIDDEN, detail).toResponse();
      return Response.fromResponse(problem)
          .header(
              "WWW-Authenticate",
              "Bearer error=\"insufficient_scope\""
                  + (scope == null ? "" : ", scope=\"" + scope + "\""))
          .build();
    }
  }
}
