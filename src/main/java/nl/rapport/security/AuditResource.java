package nl.rapport.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.rapport.platform.Audit;
import nl.rapport.platform.AuditEntry;
import nl.rapport.platform.AuditQuery;
import nl.rapport.platform.Changes;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for administrators: read-only (there is no path that changes or removes it). */
@RequestScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

  @Inject private Audit audit;
  @Inject private CurrentCaller currentCaller;

  public record AuditLine(
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      Map<String, Changes.Change> changes,
      String detail) {
    static AuditLine of(AuditEntry e) {
      return new AuditLine(
          e.getAt(),
          e.getActor(),
          e.getAction(),
          e.getEntityType(),
          e.getEntityKey(),
          e.getChanges().fields(),
          e.getDetail());
    }
  }

  @GET
  @Operation(summary = "Who changed what and when, newest first, with each changed field's values")
  public Page<AuditLine> search(
      @QueryParam("entityType") @Parameter(example = "Account") String entityType,
      @QueryParam("entityId") @Parameter(description = "an id, or a user name for users")
          String entityId,
      @QueryParam("actor") String actor,
      @QueryParam("from") @Parameter(description = "ISO instant or date, inclusive") String from,
      @QueryParam("to") @Parameter(description = "ISO instant or date, exclusive") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    currentCaller.requireAnyOf("The audit trail is for administrators.", Role.ADMIN);
    Instant since = instant(from, "from");
    Instant until = instant(to, "to");
    if (since != null && until != null && !since.isBefore(until)) {
      throw RapportException.badRequest("to", "to must be after from");
    }
    AuditQuery query =
        new AuditQuery(
            blankToNull(entityType), blankToNull(entityId), blankToNull(actor), since, until);
    return audit.search(query, Params.page(page, size)).map(AuditLine::of);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An instant, or a date meaning its first moment in UTC. */
  static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw RapportException.badRequest(
          name, name + " must be an ISO-8601 instant (2026-12-01T09:00:00Z) or date (2026-12-01)");
    }
  }
}
