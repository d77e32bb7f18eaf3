package nl.rapport.interaction;

/** Why a contact moment happened; appreciation and co-creation are first-class (seed 001). */
public enum Purpose {
  CHECK_IN,
  APPRECIATION,
  CO_CREATION,
  SPECIAL_EXPERIENCE,
  SERVICE_REQUEST,
  COMPLAINT,
  SALES,
  OTHER
}
