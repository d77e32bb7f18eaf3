package nl.rapport.security;

public enum Role {
  ACCOUNT_MANAGER,
  MARKETING,
  ADMIN;

  public static final String ACCOUNT_MANAGER_NAME = "ACCOUNT_MANAGER";
  public static final String MARKETING_NAME = "MARKETING";
  public static final String ADMIN_NAME = "ADMIN";
}
