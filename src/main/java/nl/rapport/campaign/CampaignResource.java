package nl.rapport.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import nl.rapport.platform.Versioning;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@ApiScope("campaigns")
public class CampaignResource {

  @Inject private CampaignService campaigns;
  @Context private UriInfo uriInfo;

  /** The check as the contract shapes it. */
  public record CheckView(
      boolean approvable,
      int targeted,
      Map<SuppressionReason, Integer> suppressed,
      List<FindingView> warnings,
      List<FindingView> failures) {
    static CheckView of(CampaignGuardrails.Report r) {
      return new CheckView(
          r.approvable(),
          r.targeted(),
          r.suppressed(),
          r.warnings().stream().map(FindingView::of).toList(),
          r.failures().stream().map(FindingView::of).toList());
    }
  }

  /** A finding as the contract shapes it: its code and an English sentence. */
  public record FindingView(String code, String message) {
    static FindingView of(CampaignGuardrails.Finding f) {
      return new FindingView(f.code(), f.message());
    }
  }

  public record Approval(Boolean override, @Size(max = 1000) String reason) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public Approval(Boolean override, String reason) {
      this.override = override;
      this.reason = reason;
    }
  }

  public record MemberUpdate(@NotNull MemberStatus status) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public MemberUpdate(MemberStatus status) {
      this.status = status;
    }
  }

  public record MemberView(
      UUID id,
      UUID contactId,
      UUID accountId,
      MemberStatus status,
      SuppressionReason suppressionReason,
      Instant updatedAt) {
    static MemberView of(CampaignMember m) {
      return new MemberView(
          m.getId(),
          m.getContactId(),
          m.getAccountId(),
          m.getStatus(),
          m.getSuppressionReason(),
          m.getUpdatedAt());
    }
  }

  @GET
  public Page<CampaignView> list() {
    List<CampaignView> list = campaigns.list().stream().map(CampaignView::of).toList();
    return Page.all(list);
  }

  @POST
  @Operation(summary = "Draft a campaign; its members are the contacts of the segment's accounts")
  public Response create(@Valid @NotNull CampaignInput input) {
    checkValues(input);
    Campaign campaign = campaigns.create(input);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(campaign.getId().toString()).build())
        .tag(Versioning.etag(campaign.getVersion()))
        .entity(CampaignView.of(campaign))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    Campaign campaign = campaigns.get(Params.id(id, "Campaign"));
    return Response.ok(CampaignView.of(campaign))
        .tag(Versioning.etag(campaign.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a draft, or move an approved campaign on with status (ACTIVE, COMPLETED, CANCELLED)")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CampaignInput input) {
    UUID campaignId = Params.id(id, "Campaign");
    campaigns.get(campaignId);
    checkValues(input);
    Campaign campaign = campaigns.update(campaignId, Versioning.expectedVersion(ifMatch), input);
    return Response.ok(CampaignView.of(campaign))
        .tag(Versioning.etag(campaign.getVersion()))
        .build();
  }

  @GET
  @Path("{id}/check")
  @Operation(summary = "The guardrail report, evaluated now")
  public CheckView check(@PathParam("id") String id) {
    return CheckView.of(campaigns.check(Params.id(id, "Campaign")));
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      summary =
          "Approve; failed brand checks need {\"override\": true, \"reason\"}, which is logged")
  public CampaignView approve(@PathParam("id") String id, @Valid Approval approval) {
    boolean override = approval != null && Boolean.TRUE.equals(approval.override());
    return CampaignView.of(
        campaigns.approve(
            Params.id(id, "Campaign"), override, approval == null ? null : approval.reason()));
  }

  @GET
  @Path("{id}/members")
  public Page<MemberView> members(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return campaigns
        .members(Params.id(id, "Campaign"), Params.page(page, size))
        .map(MemberView::of);
  }

  @PUT
  @Path("{id}/members/{memberId}")
  @Operation(summary = "Record that a member was sent, responded or converted")
  public MemberView member(
      @PathParam("id") String id,
      @PathParam("memberId") String memberId,
      @Valid @NotNull MemberUpdate update) {
    return MemberView.of(
        campaigns.advance(
            Params.id(id, "Campaign"), Params.id(memberId, "Member"), update.status()));
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "Counts per member status and conversion by relationship type")
  public CampaignService.Results results(@PathParam("id") String id) {
    return campaigns.results(Params.id(id, "Campaign"));
  }

  private static void checkValues(CampaignInput input) {
    if (input.values().stream().anyMatch(v -> v == null || v.isBlank())) {
      throw RapportException.badRequest("values", "values must not contain blanks");
    }
  }
}
