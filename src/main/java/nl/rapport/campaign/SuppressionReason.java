package nl.rapport.campaign;

public enum SuppressionReason {
  /** Price framing towards a communal relationship would violate its norms (seed 002). */
  NORM_VIOLATION,
  /** No marketing consent (GDPR). */
  NO_CONSENT
}
