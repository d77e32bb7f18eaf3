package nl.rapport.campaign;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** All campaigns, newest first. */
@Named
@ViewScoped
public class CampaignList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CampaignService campaigns;

  private List<CampaignView> rows = List.of();

  public void load() {
    rows = campaigns.list().stream().map(CampaignView::of).toList();
  }

  public List<CampaignView> getRows() {
    return rows;
  }
}
