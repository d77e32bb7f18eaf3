package nl.rapport.engagement.recompute;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.rapport.platform.RapportException;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("engagement/recompute")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
public class RecomputeResource {

  @Inject private EngagementRecompute recompute;
  @Inject private CurrentCaller currentCaller;
  @jakarta.ws.rs.core.Context private UriInfo uriInfo;

  public record JobView(
      String id,
      RecomputeJob.Status status,
      long total,
      long processed,
      int percent,
      double accountsPerSecond,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      String startedBy,
      String error) {
    static JobView of(RecomputeJob j) {
      return new JobView(
          j.id().toString(),
          j.status(),
          j.total(),
          j.processed(),
          j.percent(),
          j.rate(),
          j.startedAt(),
          j.finishedAt(),
          j.startedBy(),
          j.error());
    }
  }

  @POST
  @Operation(
      summary =
          "Recompute every engagement profile (admin); 202 with the job, poll GET for progress")
  public Response start() {
    var caller = currentCaller.get();
    if (!caller.has(Role.ADMIN)) {
      throw RapportException.forbidden("Only administrators start a full recompute.");
    }
    RecomputeJob job = recompute.start(caller.username());
    return Response.accepted(JobView.of(job)).location(uriInfo.getAbsolutePath()).build();
  }

  @GET
  @Operation(summary = "Progress of the latest full recompute, started on any node")
  public JobView status() {
    return recompute
        .current()
        .map(JobView::of)
        .orElseThrow(() -> RapportException.notFound("Recompute job"));
  }
}
