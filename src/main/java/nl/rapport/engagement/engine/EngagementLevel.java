package nl.rapport.engagement.engine;

/** Five levels of engagement (seed 001); AMBASSADOR also needs advocacy. */
public enum EngagementLevel {
  DETACHED,
  TRANSACTIONAL,
  LOYAL,
  FAN,
  AMBASSADOR
}
