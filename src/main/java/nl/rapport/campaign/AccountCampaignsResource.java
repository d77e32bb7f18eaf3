package nl.rapport.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The campaigns that reached an account's contacts, for whoever may see the account. */
@RequestScoped
@Path("accounts/{id}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@ApiScope("campaigns")
public class AccountCampaignsResource {

  @Inject private CampaignService campaigns;

  @GET
  @Operation(
      summary = "Campaign touches (sent, responded, converted) on this account, newest first")
  public Page<CampaignService.Touch> touches(@PathParam("id") String id) {
    List<CampaignService.Touch> list = campaigns.touches(Params.id(id, "Account"));
    return Page.all(list);
  }
}
