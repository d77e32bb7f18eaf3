package nl.rapport.engagement.engine;

public enum SignalKind {
  /**
   * How well the brand fits this customer, 1 (not at all) to 5 (fully), as judged by its manager.
   */
  BRAND_FIT,
  /** The customer referred another organisation: advocacy. */
  REFERRAL
}
