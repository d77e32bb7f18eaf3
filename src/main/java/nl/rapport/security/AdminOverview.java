package nl.rapport.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.Screens;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The administrator's first page, their part: who can sign in (per role, disabled, locked out), the
 * systems with access, and whether the node is ready (the same checks as {@code /health/ready}).
 */
@Named
@ViewScoped
public class AdminOverview implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int USERS_READ = PageRequest.MAX_SIZE;

  public record RoleCount(String role, long users) implements Serializable {}

  public record Check(String name, boolean up, String detail) implements Serializable {}

  @Inject private UserDirectory users;
  @Inject private IntegrationClientService clients;
  @Inject @Readiness private jakarta.enterprise.inject.Instance<HealthCheck> readiness;

  private long userTotal;
  private long disabled;
  private List<String> locked = List.of();
  private List<RoleCount> roles = List.of();
  private long activeClients;
  private List<Check> checks = List.of();

  public void load() {
    var page = users.list(new PageRequest(0, USERS_READ));
    userTotal = page.total();
    disabled = page.items().stream().filter(u -> !u.isEnabled()).count();
    locked = page.items().stream().map(AppUser::getUsername).filter(users::isLocked).toList();
    List<RoleCount> perRole = new ArrayList<>();
    for (Role role : List.of(Role.ACCOUNT_MANAGER, Role.MARKETING, Role.ADMIN)) {
      perRole.add(
          new RoleCount(
              Screens.label(role),
              page.items().stream().filter(u -> u.getRoles().contains(role)).count()));
    }
    roles = List.copyOf(perRole);
    activeClients = clients.list().stream().filter(c -> c.getRevokedAt().isEmpty()).count();
    List<Check> found = new ArrayList<>();
    for (HealthCheck check : readiness) {
      HealthCheckResponse answer = check.call();
      Map<String, Object> data = answer.getData().orElse(Map.of());
      found.add(
          new Check(
              answer.getName(),
              answer.getStatus() == HealthCheckResponse.Status.UP,
              data.values().stream()
                  .map(String::valueOf)
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("")));
    }
    checks = List.copyOf(found);
  }

  public long getUserTotal() {
    return userTotal;
  }

  public long getDisabled() {
    return disabled;
  }

  public List<String> getLocked() {
    return locked;
  }

  public List<RoleCount> getRoles() {
    return roles;
  }

  public long getActiveClients() {
    return activeClients;
  }

  public List<Check> getChecks() {
    return checks;
  }
}
