package nl.rapport.interaction;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.platform.Causes;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.platform.RapportException;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{id}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contact log")
@ApiScope("interactions")
public class InteractionResource {

  static final int MAX_KEY_LENGTH = 200;

  @Inject private InteractionService interactions;
  @jakarta.ws.rs.core.Context private jakarta.ws.rs.core.UriInfo uriInfo;

  @GET
  @Operation(summary = "The account's timeline: every channel, newest first")
  public Page<InteractionView> timeline(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    UUID accountId = Params.id(id, "Account");
    boolean readsPrivate = interactions.readsPrivateNotes(accountId);
    return interactions
        .timeline(accountId, Params.page(page, size))
        .map(i -> InteractionView.of(i, readsPrivate));
  }

  @POST
  @Counted(name = "interactions_logged", absolute = true, description = "Contact moments logged")
  @Operation(
      summary = "Log a contact moment",
      description =
          "With an Idempotency-Key header a retried request returns the first result (one row).")
  public Response log(
      @PathParam("id") String id,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "any unique string up to 200 characters")
          String idempotencyKey,
      @Valid @NotNull InteractionInput input) {
    UUID accountId = Params.id(id, "Account");
    String key = checkKey(idempotencyKey);
    InteractionService.Logged logged;
    try {
      logged = interactions.log(accountId, input, key);
    } catch (EJBException failure) {
      if (key == null || !Causes.violatesUnique(failure, IdempotencyRecord.UNIQUE_KEY)) {
        throw failure;
      }
      // A concurrent request with the same key won the insert; answer with its result.
      logged = awaitReplay(key, InteractionService.fingerprint(accountId, input), failure);
    }
    Interaction interaction = logged.interaction();
    Response.ResponseBuilder response =
        Response.status(Response.Status.CREATED)
            .location(uriInfo.getAbsolutePathBuilder().path(interaction.getId().toString()).build())
            .entity(InteractionView.of(interaction, interactions.readsPrivateNotes(accountId)));
    if (logged.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }

  @GET
  @Path("{interactionId}")
  public InteractionView get(
      @PathParam("id") String id, @PathParam("interactionId") String interactionId) {
    UUID accountId = Params.id(id, "Account");
    return InteractionView.of(
        interactions.get(accountId, Params.id(interactionId, "Interaction")),
        interactions.readsPrivateNotes(accountId));
  }

  private static String checkKey(String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw RapportException.badRequest(
          "Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw RapportException.badRequest(
          "Idempotency-Key", "Idempotency-Key must be visible ASCII characters (a UUID will do)");
    }
    return key;
  }

  /**
   * The winner has committed by the time the key's unique index refused us; wait briefly if not.
   */
  private InteractionService.Logged awaitReplay(
      String key, String fingerprint, EJBException collision) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<Interaction> earlier = interactions.replay(key, fingerprint);
      if (earlier.isPresent()) {
        return new InteractionService.Logged(earlier.get(), true);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw collision;
  }
}
