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
import java.util.EnumSet;
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
