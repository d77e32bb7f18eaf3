package nl.rapport.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Follow-up tasks: the caller's open ones (people only, like the worklist), marking one done,
 * rescheduling one. A private note's summary is left out for those who do not read it.
 */
@RequestScoped
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

  /** {@code {"interactionId", "accountId", "dueDate", "purpose", "summary", ...}} */
  public record FollowUpView(
      UUID interactionId,
      UUID accountId,
      LocalDate dueDate,
      Purpose purpose,
      String summary,
      String loggedBy,
      Instant loggedAt,
      boolean done,
      Instant doneAt,
      String doneBy,
      Instant rescheduledAt) {}

  /** {@code {"dueDate": "2026-12-10"}} */
  public record Reschedule(@NotNull LocalDate dueDate) {

    /** Declared so that the constraint stays on the field (see docs/decisions.md). */
    public Reschedule(LocalDate dueDate) {
      this.dueDate = dueDate;
    }
  }

  @Inject private FollowUpService followUps;

  @Inject
  @ConfigProperty(name = "rapport.ui.time-zone")
  private String zone;

  @GET
  @Operation(summary = "The caller's open follow-ups, the earliest due first (at most 1,000)")
  public List<FollowUpView> open() {
    return followUps.openForCaller().stream().map(FollowUpResource::view).toList();
  }

  @POST
  @Path("{id}/done")
  @ApiScope("interactions:write")
  @Operation(summary = "Mark a follow-up done (409 when it already is)")
  public FollowUpView done(@PathParam("id") String id) {
    return view(followUps.markDone(Params.id(id, "Follow-up")));
  }

  @POST
  @Path("{id}/reschedule")
  @ApiScope("interactions:write")
  @Operation(summary = "Move a follow-up's due date to today or later (today in the UI time zone)")
  public FollowUpView reschedule(
      @PathParam("id") String id, @jakarta.validation.Valid @NotNull Reschedule body) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of(zone));
    return view(followUps.reschedule(Params.id(id, "Follow-up"), body.dueDate(), today));
  }

  private static FollowUpView view(FollowUpService.Open o) {
    FollowUp t = o.task();
    Interaction m = o.moment();
    return new FollowUpView(
        t.getInteractionId(),
        t.getAccountId(),
        t.getDueDate(),
        m.getPurpose(),
        o.summary(),
        m.getLoggedBy(),
        m.getOccurredAt(),
        t.isDone(),
        t.getDoneAt(),
        t.getDoneBy(),
        t.getRescheduledAt());
  }
}
