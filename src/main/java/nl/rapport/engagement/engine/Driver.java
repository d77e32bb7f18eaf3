package nl.rapport.engagement.engine;

/** What a number in the engagement profile is about (seed 001, 004). */
public enum Driver {
  IDENTIFICATION,
  EXPERIENCE,
  PARTICIPATION,
  APPRECIATION,
  SENSATION,
  RELATIONAL_RELEVANCE,
  ENGAGEMENT,
  CHURN_RISK
}
