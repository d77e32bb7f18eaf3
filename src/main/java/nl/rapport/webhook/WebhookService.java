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

  /**
   * The administrator's view of the outbox: deliveries per status over every live subscription, and
   * the oldest pending one's creation (how far behind delivery is).
   */
  public record Backlog(
      long subscriptions, Map<WebhookDelivery.Status, Long> deliveries, Instant oldestPending) {}

  public Backlog backlog() {
    currentCaller.requireAnyOf("The outbox is watched by administrators.", Role.ADMIN);
    Map<WebhookDelivery.Status, Long> counts =
        new java.util.EnumMap<>(WebhookDelivery.Status.class);
    for (WebhookDelivery.Status status : WebhookDelivery.Status.values()) {
      counts.put(status, 0L);
    }
    em.createQuery(
            "select d.status, count(d) from WebhookDelivery d, WebhookSubscription s"
                + " where d.subscriptionId = s.id and s.deletedAt is null group by d.status",
            Object[].class)
        .getResultList()
        .forEach(r -> counts.put((WebhookDelivery.Status) r[0], (Long) r[1]));
    Instant oldest =
        em.createQuery(
                "select min(d.createdAt) from WebhookDelivery d, WebhookSubscription s"
                    + " where d.subscriptionId = s.id and s.deletedAt is null"
                    + " and d.status = :pending",
                Instant.class)
            .setParameter("pending", WebhookDelivery.Status.PENDING)
            .getSingleResult();
    long subscriptions =
        em.createQuery(
                "select count(s) from WebhookSubscription s where s.deletedAt is null", Long.class)
            .getSingleResult();
    return new Backlog(subscriptions, counts, oldest);
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

  /** An attempt's outcome: the HTTP status (null: no answer) and why it failed, if it did. */
  public record Outcome(UUID deliveryId, Integer httpStatus, String error) {}

  /** The subscriptions that have a delivery due now (the oldest pending one of each is due). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> due(int limit) {
    Instant now = Instants.now();
    return em.createQuery(
            "select d.subscriptionId from WebhookDelivery d where d.status = :pending"
                + " and d.nextAttemptAt <= :now and not exists (select e.id from WebhookDelivery e"
                + " where e.subscriptionId = d.subscriptionId and e.status = :pending"
                + " and e.eventSeq < d.eventSeq) and exists (select s.id from WebhookSubscription s"
                + " where s.id = d.subscriptionId and s.deletedAt is null"
                + " and (s.claimedUntil is null or s.claimedUntil < :now))",
            UUID.class)
        .setParameter("pending", WebhookDelivery.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Claims the subscription for this node for a while (one atomic update: of two nodes, one wins)
   * and returns its due deliveries in order, up to {@code max}, stopping at the first that is not
   * due yet (a later event waits for the one before it); empty when another node has it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Attempt> claim(UUID subscriptionId, java.time.Duration lease, int max) {
    Instant now = Instants.now();
    int claimed =
        em.createQuery(
                "update WebhookSubscription s set s.claimedUntil = :until where s.id = :id"
                    + " and s.deletedAt is null and (s.claimedUntil is null or s.claimedUntil < :now)")
            .setParameter("until", now.plus(lease))
            .setParameter("id", subscriptionId)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed != 1) {
      return List.of();
    }
    WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
    List<Attempt> run = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select d, e from WebhookDelivery d, OutboxEvent e where d.eventSeq = e.seq"
                    + " and d.subscriptionId = :s and d.status = :pending order by d.eventSeq",
                Object[].class)
            .setParameter("s", subscriptionId)
            .setParameter("pending", WebhookDelivery.Status.PENDING)
            .setMaxResults(max)
            .getResultList()) {
      WebhookDelivery delivery = (WebhookDelivery) row[0];
      OutboxEvent event = (OutboxEvent) row[1];
      if (delivery.getNextAttemptAt().isAfter(now)) {
        break;
      }
      run.add(
          new Attempt(
              delivery.getId(),
              event.getId(),
              event.getType(),
              subscription.getUrl(),
              subscription.getSecret(),
              event.getBody()));
    }
    return run;
  }

  /**
   * A run's outcomes, in one transaction: delivered on 2xx; otherwise retried later, or failed for
   * good (the subscription is then failing). The subscription's lease ends.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attempted(UUID subscriptionId, List<Outcome> outcomes) {
    Instant now = Instants.now();
    WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
    RetrySchedule schedule = RetrySchedule.of(retrySeconds, maxAttempts);
    for (Outcome outcome : outcomes) {
      WebhookDelivery delivery = em.find(WebhookDelivery.class, outcome.deliveryId());
      Integer status = outcome.httpStatus();
      if (status != null && status >= 200 && status < 300) {
        delivery.delivered(status, now);
        subscription.markFailing(false);
        continue;
      }
      Optional<Instant> next = schedule.next(delivery.getAttempts() + 1, now);
      delivery.failed(status, outcome.error(), now, next.orElse(null));
      if (next.isEmpty()) {
        subscription.markFailing(true);
      }
    }
    subscription.release();
  }

  /** Whether a target may be called now (its name may point elsewhere than when subscribed). */
  public Optional<String> refusal(String url) {
    return TargetGuard.refusal(url, allowPrivateTargets);
  }
}
