package nl.rapport.engagement.worklist;

/** Why an account is on an account manager's worklist. */
public enum WorklistReason {
  PERSONAL_CONTACT_OVERDUE,
  BIRTHDAY,
  CHURN_RISK,
  FOLLOW_UP_DUE
}
