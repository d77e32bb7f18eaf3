package nl.rapport.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** All campaigns, newest first, filtered by status; the table pages them. */
@Named
@ViewScoped
public class CampaignList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CampaignService campaigns;

  private List<CampaignView> rows = List.of();
  private CampaignStatus status;

  public void load() {
    rows =
        campaigns.list().stream()
            .filter(c -> status == null || c.getStatus() == status)
            .map(CampaignView::of)
            .toList();
  }

  public CampaignStatus[] getStatuses() {
    return CampaignStatus.values();
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public void setStatus(CampaignStatus status) {
    this.status = status;
  }

  public List<CampaignView> getRows() {
    return rows;
  }
}
