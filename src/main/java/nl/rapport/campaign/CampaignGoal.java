package nl.rapport.campaign;

public enum CampaignGoal {
  ACQUISITION,
  RETENTION,
  /** Moving market-pricing customers towards communal sharing: the long road of seed 002. */
  REFRAMING
}
