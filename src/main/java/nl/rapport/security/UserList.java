package nl.rapport.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Screens;
import org.primefaces.PrimeFaces;

/**
 * The administrator's users screen: every user with roles, status and lock; add one, change one,
 * set a password, lift a lock. Each dialog edits plain fields here, never the entity.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The roles a person can hold, in the order the screen offers them. */
  static final List<Role> PERSON_ROLES = List.of(Role.ACCOUNT_MANAGER, Role.MARKETING, Role.ADMIN);

  @Inject private UserDirectory users;

  public record Row(
      String username,
      String displayName,
      List<Role> roles,
      boolean enabled,
      boolean locked,
      long version,
      Instant passwordChangedAt)
      implements Serializable {}

  private List<Row> rows = List.of();

  // the dialog being filled in: new user, change, or password
  private String username;
  private String displayName;
  // role names: a JSF select cannot tell the element type of a List<Role>
  private List<String> roles = new ArrayList<>();
  private boolean enabled = true;
  private String password;
  private long version;
  private boolean creating;

  public void load() {
    List<Row> all = new ArrayList<>();
    users
        .list(new PageRequest(0, PageRequest.MAX_SIZE))
        .items()
        .forEach(
            u ->
                all.add(
                    new Row(
                        u.getUsername(),
                        u.getDisplayName(),
                        List.copyOf(new TreeSet<>(u.getRoles())),
                        u.isEnabled(),
                        users.isLocked(u.getUsername()),
                        u.getVersion(),
                        u.getPasswordChangedAt())));
    rows = List.copyOf(all);
  }

  public void startNew() {
    creating = true;
    username = displayName = password = null;
    roles = new ArrayList<>(List.of(Role.ACCOUNT_MANAGER.name()));
    enabled = true;
  }

  public void startChange(Row row) {
    creating = false;
    username = row.username();
    displayName = row.displayName();
    roles = new ArrayList<>(row.roles().stream().map(Role::name).toList());
    enabled = row.enabled();
    version = row.version();
    password = null;
  }

  public void startPassword(Row row) {
    username = row.username();
    displayName = row.displayName();
    password = null;
  }

  public void save() {
    try {
      Set<Role> chosen = EnumSet.noneOf(Role.class);
      roles.forEach(r -> chosen.add(Role.valueOf(r)));
      if (creating) {
        users.register(
            username == null ? "" : username.strip(),
            displayName,
            chosen,
            password == null ? new char[0] : password.toCharArray());
        Screens.info("users.created", username);
      } else {
        users.change(username, version, displayName, chosen, enabled);
        Screens.info("users.changed", username);
      }
      password = null;
      load();
      PrimeFaces.current().executeScript("PF('userDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "userForm:");
    }
  }

  public void savePassword() {
    try {
      users.setPassword(username, password == null ? new char[0] : password.toCharArray());
      password = null;
      Screens.info("users.passwordSet", username);
      load();
      PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    } catch (RapportException e) {
      Screens.refused(e, "passwordForm:");
    }
  }

  public void unlock(Row row) {
    users.unlock(row.username());
    Screens.info("users.unlocked", row.username());
    load();
  }

  public String rolesText(Row row) {
    return String.join(", ", row.roles().stream().map(Screens::label).toList());
  }

  public String passwordChanged(Row row) {
    return Screens.dateTime(row.passwordChangedAt());
  }

  public List<Role> getPersonRoles() {
    return PERSON_ROLES;
  }

  public String roleLabel(Role role) {
    return Screens.label(role);
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
