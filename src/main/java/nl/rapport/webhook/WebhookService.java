package nl.rapport.webhook;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.rapport.platform.Audit;
import nl.rapport.platform.Instants;
import nl.rapport.platform.IntegrationEvent;
import nl.rapport.platform.JsonConfig;
import nl.rapport.platform.Page;
import nl.rapport.platform.PageRequest;
import nl.rapport.platform.RapportException;
import nl.rapport.security.Caller;
import nl.rapport.security.CurrentCaller;
import nl.rapport.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook subscriptions, the outbox and the deliveries' bookkeeping. Events are written to the
 * outbox in the transaction of the change ({@link #record}): a change that rolls back sends
 * nothing, and one that commits is sent even if this node dies right after.
 */
@Stateless
public class WebhookService {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller currentCaller;
  @Inject private Audit audit;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.allow-private-targets")
  boolean allowPrivateTargets;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.retry-seconds")
  String retrySeconds;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.max-attempts")
  int maxAttempts;

  // ---- subscriptions (administrators, and systems with webhooks:write)

  public WebhookSubscription subscribe(WebhookInput input) {
    Caller caller = manager();
    TargetGuard.refusal(input.url().strip(), allowPrivateTargets)
        .ifPresent(
            why -> {
              throw RapportException.invalid("url", why);
            });
    List<String> events = input.events().stream().map(String::strip).distinct().toList();
    for (int i = 0; i < events.size(); i++) {
      if (!IntegrationEvent.TYPES.contains(events.get(i))) {
        throw RapportException.invalid(
            "events[" + i + "]", "must be one of " + String.join(", ", IntegrationEvent.TYPES));
      }
    }
    WebhookSubscription subscription =
        new WebhookSubscription(
            input.url().strip(), events, input.secret(), caller.username(), Instants.now());
    em.persist(subscription);
    audit.record(
        caller.username(), "CREATE", "WebhookSubscription", subscription.getId(), input.url());
    return subscription;
  }

  /** An administrator's list holds every subscription, a system's its own. */
  public List<WebhookSubscription> list() {
    Caller caller = manager();
    boolean all = caller.has(Role.ADMIN);
    jakarta.persistence.TypedQuery<WebhookSubscription> query =
        em.createQuery(
            "select s from WebhookSubscription s where s.deletedAt is null"
                + (all ? "" : " and s.createdBy = :me")
                + " order by s.createdAt",
            WebhookSubscription.class);
    return (all ? query : query.setParameter("me", caller.username())).getResultList();
  }

  private WebhookSubscription owned(UUID id) {
    Caller caller = manager();
    return Optional.ofNullable(em.find(WebhookSubscription.class, id))
        .filter(s -> s.getDeletedAt() == null)
        .filter(s -> caller.has(Role.ADMIN) || s.getCreatedBy().equals(caller.username()))
        .orElseThrow(() -> RapportException.notFound("Webhook " + id));
  }

  /** Ends the subscription: nothing more is sent to it (pending deliveries stop too). */
  public void unsubscribe(UUID id) {
    WebhookSubscription subscription = owned(id);
    subscription.delete(Instants.now());
    audit.record(manager().username(), "DELETE", "WebhookSubscription", id, subscription.getUrl());
  }

  public Page<Delivered> deliveries(UUID subscriptionId, PageRequest paging) {
    owned(subscriptionId);
    long total =
        em.createQuery(
                "select count(d) from WebhookDelivery d where d.subscriptionId = :s", Long.class)
            .setParameter("s", subscriptionId)
            .getSingleResult();
    List<Delivered> items =
        em
            .createQuery(
                "select d, e from WebhookDelivery d, OutboxEvent e where d.eventSeq = e.seq"
                    + " and d.subscriptionId = :s order by d.eventSeq desc",
                Object[].class)
            .setParameter("s", subscriptionId)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList()
            .stream()
            .map(r -> new Delivered((WebhookDelivery) r[0], (OutboxEvent) r[1]))
            .toList();
    return new Page<>(items, paging.page(), paging.size(), total);
  }

  /** A delivery with its event. */
  public record Delivered(WebhookDelivery delivery, OutboxEvent event) {}

  /** Sends a delivery again (also a delivered or failed one), as soon as the sender gets to it. */
  public WebhookDelivery redeliver(UUID subscriptionId, UUID deliveryId) {
    owned(subscriptionId);
    WebhookDelivery delivery =
        Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId))
            .filter(d -> d.getSubscriptionId().equals(subscriptionId))
            .orElseThrow(() -> RapportException.notFound("Delivery " + deliveryId));
    delivery.redeliver(Instants.now());
    return delivery;
  }

  private Caller manager() {
    return currentCaller.requireAnyOf(
        "Webhooks are managed by administrators and by systems with webhooks:write.",
        Role.ADMIN,
        Role.INTEGRATION);
  }

  // ---- the outbox, in the transaction of the change

  /** Writes the event and a delivery per subscription that wants it; nothing when none does. */
  public void record(@Observes IntegrationEvent event) {
    List<WebhookSubscription> wanting =
        em
            .createQuery(
                "select s from WebhookSubscription s where s.deletedAt is null",
                WebhookSubscription.class)
            .getResultList()
            .stream()
            .filter(s -> s.wants(event.type()))
            .toList();
    if (wanting.isEmpty()) {
      return;
    }
    Instant now = Instants.now();
    UUID id = UUID.randomUUID();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("type", event.type());
    body.put("occurredAt", now);
    body.put("data", event.data());
    OutboxEvent outbox = new OutboxEvent(id, event.type(), now, JsonConfig.toJson(body));
    em.persist(outbox);
    for (WebhookSubscription subscription : wanting) {
      em.persist(new WebhookDelivery(subscription.getId(), outbox.getSeq(), now));
    }
  }

  // ---- for the sender (no caller: system work)

  /** What one attempt sends. */
  public record Attempt(
      UUID deliveryId, UUID eventId, String type, String url, String secret, String body) {}

  /**
   * The deliveries to attempt now: per subscription the oldest pending one (a later event waits for
   * the one before it, so each receiver gets them in order), if it is due and not claimed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> due(int limit) {
    Instant now = Instants.now();
    Map<UUID, WebhookDelivery> heads = new LinkedHashMap<>();
    em.createQuery(
            "select d from WebhookDelivery d where d.status = :pending order by d.eventSeq",
            WebhookDelivery.class)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setMaxResults(limit * 20)
        .getResultList()
        .forEach(d -> heads.putIfAbsent(d.getSubscriptionId(), d));
    List<UUID> due = new ArrayList<>();
    for (WebhookDelivery head : heads.values()) {
      if (!head.getNextAttemptAt().isAfter(now) && due.size() < limit) {
        due.add(head.getId());
      }
    }
    return due;
  }

  /**
   * Claims the delivery for this node for a while (one atomic update: of two nodes, one wins), and
   * what to send; empty when another node has it, or it was delivered meanwhile.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Attempt> claim(UUID deliveryId, java.time.Duration lease) {
    Instant now = Instants.now();
    int claimed =
        em.createQuery(
                "update WebhookDelivery d set d.claimedUntil = :until where d.id = :id"
                    + " and d.status = :pending and (d.claimedUntil is null or d.claimedUntil < :now)")
            .setParameter("until", now.plus(lease))
            .setParameter("id", deliveryId)
            .setParameter("pending", WebhookDelivery.Status.PENDING)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    WebhookSubscription subscription =
        em.find(WebhookSubscription.class, delivery.getSubscriptionId());
    if (subscription.getDeletedAt() != null) {
      delivery.failed(null, "the subscription was deleted", now, null);
      return Optional.empty();
    }
    OutboxEvent event = em.find(OutboxEvent.class, delivery.getEventSeq());
    return Optional.of(
        new Attempt(
            deliveryId,
            event.getId(),
            event.getType(),
            subscription.getUrl(),
            subscription.getSecret(),
            event.getBody()));
  }

  /** The attempt's outcome: delivered on 2xx; otherwise retried later, or failed for good. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempted(UUID deliveryId, Integer httpStatus, String error) {
    Instant now = Instants.now();
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    WebhookSubscription subscription =
        em.find(WebhookSubscription.class, delivery.getSubscriptionId());
    if (httpStatus != null && httpStatus >= 200 && httpStatus < 300) {
      delivery.delivered(httpStatus, now);
      subscription.markFailing(false);
      return;
    }
    Optional<Instant> next =
        RetrySchedule.of(retrySeconds, maxAttempts).next(delivery.getAttempts() + 1, now);
    delivery.failed(httpStatus, error, now, next.orElse(null));
    if (next.isEmpty()) {
      subscription.markFailing(true);
    }
  }

  /** Whether a target may be called now (its name may point elsewhere than when subscribed). */
  public Optional<String> refusal(String url) {
    return TargetGuard.refusal(url, allowPrivateTargets);
  }
}
