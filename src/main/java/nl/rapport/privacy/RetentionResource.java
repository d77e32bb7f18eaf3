package nl.rapport.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention run: its dry-run report (GET) and a run now (POST); administrators only. */
@RequestScoped
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class RetentionResource {

  @Inject private Retention retention;
  @Inject private CurrentCaller currentCaller;

  @GET
  @Operation(summary = "Dry run: the contacts a retention run would anonymise now")
  public Retention.Report preview() {
    currentCaller.requireAnyOf("Retention is for administrators.", Role.ADMIN);
    return retention.preview();
  }

  @POST
  @Operation(summary = "Anonymise the due contacts now (as the nightly run does)")
  public Retention.Report run() {
    String admin =
        currentCaller.requireAnyOf("Retention is for administrators.", Role.ADMIN).username();
    return retention.run(Retention.ACTOR + " (" + admin + ")");
  }
}
