package nl.rapport.brand;

import nl.rapport.campaign.Campaign;

/**
 * Breaks the cycle rule on purpose: campaign uses brand, and this brand class uses campaign.
 * ArchitectureTest shows that the rule catches it. Never deployed: it is a test class.
 */
class CycleFixture {

  String name(Campaign campaign) {
    return campaign.getName();
  }
}
