package nl.rapport.campaign;

public enum MemberStatus {
  TARGETED,
  SUPPRESSED,
  SENT,
  RESPONDED,
  CONVERTED
}
