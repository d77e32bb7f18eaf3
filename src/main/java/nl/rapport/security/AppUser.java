package nl.rapport.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A person who signs in to Rapport. */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private boolean enabled = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** Moves with every change, so that each node sees at its next request that a user changed. */
  @Version private long version;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  protected AppUser() {}

  public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.language = "en";
    this.roles = EnumSet.copyOf(roles);
  }

  public void preferLanguage(String language) {
    this.language = language;
  }

  void rename(String displayName) {
    this.displayName = displayName;
  }

  void assign(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  /** A disabled user cannot sign in, and their open sessions end at their next request. */
  void enable(boolean enabled) {
    this.enabled = enabled;
  }

  /** A new password; sessions that signed in before it end at their next request. */
  void changePassword(String passwordHash, Instant at) {
    this.passwordHash = passwordHash;
    this.passwordChangedAt = at;
  }

  /** What the audit trail records of a user (never the password hash). */
  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("displayName", displayName);
    state.put("roles", java.util.List.copyOf(roles));
    state.put("enabled", enabled);
    return state;
  }

  public long getVersion() {
    return version;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Set<String> groups() {
    return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toSet());
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }
}
