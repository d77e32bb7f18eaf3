package nl.rapport.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.interaction.TimelineEntry;
import nl.rapport.interaction.TimelineSource;
import nl.rapport.platform.Screens;

/** The campaigns that reached the account's contacts, on its timeline. */
@ApplicationScoped
public class CampaignTimeline implements TimelineSource {

  @Inject private CampaignService campaigns;

  @Override
  public List<TimelineEntry> entries(UUID accountId, Instant since) {
    return campaigns.touches(accountId).stream()
        .filter(touch -> !touch.at().isBefore(since))
        .map(
            touch ->
                TimelineEntry.of(
                    "CAMPAIGN",
                    touch.at(),
                    Screens.text("timeline.campaign", touch.campaignName()),
                    Screens.label(touch.status()),
                    "",
                    "campaign"))
        .toList();
  }
}
