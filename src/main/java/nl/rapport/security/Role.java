package nl.rapport.security;

/** What a user may do: the groups Jakarta Security sees, mapped to roles of the same name. */
public enum Role {
  ACCOUNT_MANAGER,
  MARKETING,
  ADMIN,
  /** A system with a bearer token: reads and changes what its token's scopes allow, any owner. */
  INTEGRATION
}
