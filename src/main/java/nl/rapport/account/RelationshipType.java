package nl.rapport.account;

/** Which relationship norms are active with an account (seed 002). */
public enum RelationshipType {
  /** A prospect: no norms activated yet. */
  UNFRAMED,
  /** Business-like: cost/benefit, price proposition. */
  MARKET_PRICING,
  /** Shared values: care, sustainability, identity. */
  COMMUNAL_SHARING
}
