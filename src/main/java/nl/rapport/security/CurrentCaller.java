package nl.rapport.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import nl.rapport.platform.RapportException;

/** The signed-in caller of this request, for services that scope data by owner. */
@RequestScoped
public class CurrentCaller {

  /** Where the authentication mechanism leaves the caller's name and groups for this request. */
  static final String GROUPS_ATTRIBUTE = CurrentCaller.class.getName() + ".groups";

  @Inject private SecurityContext securityContext;
  // Role checks go through the web request: EJBs only see roles they declare themselves.
  @Inject private jakarta.servlet.http.HttpServletRequest request;

  /** The caller, if they hold one of these roles; 403 with this explanation otherwise. */
  public Caller requireAnyOf(String refusal, Role... roles) {
    Caller caller = get();
    for (Role role : roles) {
      if (caller.has(role)) {
        return caller;
      }
    }
    throw RapportException.forbidden(refusal);
  }

  // the roles of this request's caller, asked once: each role check goes through Payara's
  // security context by reflection, and a request asks for the caller several times
  private Caller known;

  public Caller get() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      throw new RapportException(401, "Unauthorized", null, "Sign in first.");
    }
    if (known != null && known.username().equals(principal.getName())) {
      return known;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (request.getAttribute(GROUPS_ATTRIBUTE) instanceof SignedIn signedIn
        && signedIn.username().equals(principal.getName())) {
      for (Role role : Role.values()) {
        if (signedIn.groups().contains(role.name())) {
          roles.add(role);
        }
      }
    } else {
      for (Role role : Role.values()) {
        if (request.isUserInRole(role.name())) {
          roles.add(role);
        }
      }
    }
    known = new Caller(principal.getName(), roles);
    return known;
  }
}
