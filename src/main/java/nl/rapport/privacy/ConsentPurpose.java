package nl.rapport.privacy;

/**
 * What a person consents to. Marketing e-mail is the one campaigns check (a contact's {@code
 * marketingConsent}) and the one with double opt-in; the others are recorded as a history only.
 */
public enum ConsentPurpose {
  MARKETING_EMAIL,
  MARKETING_PHONE,
  EVENTS,
  PROFILING
}
