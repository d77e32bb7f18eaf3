package nl.rapport.engagement.engine;

public enum ChurnRiskBucket {
  LOW,
  MEDIUM,
  HIGH
}
