package nl.rapport.engagement;

public enum ChurnRiskBucket {
  LOW,
  MEDIUM,
  HIGH
}
