package nl.rapport.security;

import java.util.Set;

/**
 * Who is asking, and what that allows (rule 8): account managers see and change only accounts they
 * own or are on the team of; marketing and admin read all accounts; only account managers of the
 * account and admin change them. Integration clients (role INTEGRATION) read and change any
 * account, within what their token's scopes allow at the API's edge ({@link ApiScope}).
 */
public record Caller(String username, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Reads every account, not only its own portfolio. */
  public boolean readsAllAccounts() {
    return has(Role.ADMIN) || has(Role.MARKETING) || has(Role.INTEGRATION);
  }

  /** May change an account with this owner and team. */
  public boolean mayChange(String owner, Set<String> team) {
    // a system's reach is its token's scopes, checked at the API's edge
    if (has(Role.ADMIN) || has(Role.INTEGRATION)) {
      return true;
    }
    return has(Role.ACCOUNT_MANAGER) && (username.equals(owner) || team.contains(username));
  }

  /** May see an account with this owner and team. */
  public boolean maySee(String owner, Set<String> team) {
    return readsAllAccounts() || mayChange(owner, team);
  }

  /**
   * May read an account's private notes: its account managers and administrators; marketing and
   * systems never, although they read every account.
   */
  public boolean readsPrivateNotes(String owner, Set<String> team) {
    if (has(Role.ADMIN)) {
      return true;
    }
    return has(Role.ACCOUNT_MANAGER) && (username.equals(owner) || team.contains(username));
  }

  /**
   * May export and erase the personal data of an account's contacts (GDPR): its account managers
   * and administrators, and systems (within the {@code privacy:write} scope); not marketing.
   */
  public boolean handlesPersonalData(String owner, Set<String> team) {
    return has(Role.INTEGRATION) || readsPrivateNotes(owner, team);
  }

  /** May create accounts (account managers for themselves, admin and systems for anyone). */
  public boolean mayCreateAccounts() {
    return has(Role.ADMIN) || has(Role.ACCOUNT_MANAGER) || has(Role.INTEGRATION);
  }
}
