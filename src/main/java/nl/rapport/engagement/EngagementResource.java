package nl.rapport.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.rapport.engagement.engine.SignalKind;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{id}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
@ApiScope("accounts")
public class EngagementResource {

  @Inject private EngagementService engagement;

  /** {@code {"score": 1..5, "note"}}: how well the brand fits this customer. */
  public record Assessment(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 1000) String note) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public Assessment(Integer score, String note) {
      this.score = score;
      this.note = note;
    }
  }

  /** {@code {"note"}}: who was referred, by whom. */
  public record Referral(@Size(max = 1000) String note) {
    /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
    public Referral(String note) {
      this.note = note;
    }
  }

  public record SignalView(
      UUID id, SignalKind kind, Integer value, String note, String recordedBy, Instant recordedAt) {
    static SignalView of(EngagementSignal s) {
      return new SignalView(
          s.getId(), s.getKind(), s.getValue(), s.getNote(), s.getRecordedBy(), s.getRecordedAt());
    }
  }

  @GET
  @Operation(summary = "The engagement profile with the evidence behind every number")
  public EngagementView profile(@PathParam("id") String id) {
    EngagementProfile profile = engagement.profile(Params.id(id, "Account"));
    return EngagementView.of(profile, engagement.evidence(profile), Locale.ENGLISH);
  }

  @GET
  @Path("signals")
  @Operation(summary = "Brand-fit assessments and referrals recorded for the account, newest first")
  public Page<SignalView> signals(@PathParam("id") String id) {
    List<SignalView> list =
        engagement.signals(Params.id(id, "Account")).stream().map(SignalView::of).toList();
    return Page.all(list);
  }

  @ApiScope("interactions:write")
  @POST
  @Path("brand-assessments")
  @Operation(
      summary = "Record how well the brand fits this customer (1–5); feeds brand identification")
  public Response assess(@PathParam("id") String id, @Valid @NotNull Assessment assessment) {
    EngagementSignal signal =
        engagement.record(
            Params.id(id, "Account"), SignalKind.BRAND_FIT, assessment.score(), assessment.note());
    return Response.status(Response.Status.CREATED).entity(SignalView.of(signal)).build();
  }

  @ApiScope("interactions:write")
  @POST
  @Path("referrals")
  @Operation(summary = "Record that the customer referred another organisation (advocacy)")
  public Response referral(@PathParam("id") String id, @Valid @NotNull Referral referral) {
    EngagementSignal signal =
        engagement.record(Params.id(id, "Account"), SignalKind.REFERRAL, null, referral.note());
    return Response.status(Response.Status.CREATED).entity(SignalView.of(signal)).build();
  }
}
