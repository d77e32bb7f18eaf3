package nl.rapport.campaign;

public enum CampaignStatus {
  DRAFT,
  APPROVED,
  ACTIVE,
  COMPLETED,
  CANCELLED
}
