package nl.rapport.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.UUID;
import nl.rapport.platform.Page;
import nl.rapport.platform.Params;
import nl.rapport.security.ApiScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /webhooks}: subscriptions to the contract's events, and each one's delivery log. */
@RequestScoped
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

  @Inject private WebhookService webhooks;
  @Context private UriInfo uriInfo;

  /** A subscription as the API shows it (never its secret). */
  public record WebhookView(
      UUID id,
      String url,
      List<String> events,
      String createdBy,
      Instant createdAt,
      boolean failing) {
    static WebhookView of(WebhookSubscription s) {
      return new WebhookView(
          s.getId(), s.getUrl(), s.getEvents(), s.getCreatedBy(), s.getCreatedAt(), s.isFailing());
    }
  }

  /** One delivery of one event. */
  public record DeliveryView(
      UUID id,
      UUID eventId,
      String type,
      Instant occurredAt,
      WebhookDelivery.Status status,
      int attempts,
      Instant nextAttemptAt,
      Integer lastStatus,
      String lastError,
      Instant lastAttemptAt,
      Instant deliveredAt) {
    static DeliveryView of(WebhookService.Delivered d) {
      WebhookDelivery x = d.delivery();
      return new DeliveryView(
          x.getId(),
          d.event().getId(),
          d.event().getType(),
          d.event().getOccurredAt(),
          x.getStatus(),
          x.getAttempts(),
          x.getStatus() == WebhookDelivery.Status.PENDING ? x.getNextAttemptAt() : null,
          x.getLastStatus(),
          x.getLastError(),
          x.getLastAttemptAt(),
          x.getDeliveredAt());
    }
  }

  @GET
  @ApiScope("webhooks:write")
  @Operation(summary = "The subscriptions (an administrator sees all, a system its own)")
  public Page<WebhookView> list() {
    return Page.all(webhooks.list().stream().map(WebhookView::of).toList());
  }

  @POST
  @ApiScope("webhooks:write")
  @Operation(
      summary = "Subscribe a URL to events",
      description =
          "Each delivery is a POST of {id, type, occurredAt, data} with Rapport-Signature:"
              + " t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\" with the secret>; at least"
              + " once, in order per subscription, retried with backoff. Private and loopback"
              + " targets are refused unless rapport.webhooks.allow-private-targets=true.")
  public Response subscribe(@Valid @NotNull WebhookInput input) {
    WebhookSubscription made = webhooks.subscribe(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(made.getId().toString()).build())
        .entity(WebhookView.of(made))
        .build();
  }

  @DELETE
  @Path("{id}")
  @ApiScope("webhooks:write")
  public Response unsubscribe(@PathParam("id") String id) {
    webhooks.unsubscribe(Params.id(id, "Webhook"));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @ApiScope("webhooks:write")
  @Operation(summary = "The delivery log, newest event first, paged")
  public Page<DeliveryView> deliveries(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return webhooks
        .deliveries(Params.id(id, "Webhook"), Params.page(page, size))
        .map(DeliveryView::of);
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  @ApiScope("webhooks:write")
  @Operation(summary = "Send a delivery again (202: queued)")
  public Response redeliver(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    webhooks.redeliver(Params.id(id, "Webhook"), Params.id(deliveryId, "Delivery"));
    return Response.accepted().build();
  }
}
