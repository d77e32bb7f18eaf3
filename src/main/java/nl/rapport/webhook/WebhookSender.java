package nl.rapport.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import nl.rapport.platform.IntegrationEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds: every second, and at once after a transaction that recorded an event
 * commits. Each attempt is claimed first (a lease in the database), so in a cluster one node sends
 * it; HTTP runs outside any transaction, with connect and read timeouts.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

  @Inject private WebhookService webhooks;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.connect-timeout-millis")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.read-timeout-millis")
  long readTimeoutMillis;

  @Inject
  @ConfigProperty(name = "rapport.webhooks.lease-seconds")
  long leaseSeconds;

  private final AtomicBoolean sending = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile Client client;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    sendDue();
  }

  /** After a commit that recorded an event: send now rather than at the next tick. */
  @Asynchronous
  public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntegrationEvent event) {
    sendDue();
  }

  /** One sender at a time per node; a call while it runs makes it go round once more. */
  void sendDue() {
    if (!sending.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        List<UUID> due = webhooks.due(50);
        for (UUID subscription : due) {
          Duration lease = lease();
          long deadline = System.nanoTime() + lease.minus(attemptAtMost()).toNanos();
          List<WebhookService.Attempt> run = webhooks.claim(subscription, lease, RUN);
          if (!run.isEmpty()) {
            webhooks.attempted(subscription, send(run, deadline));
            again.set(true); // more may have come meanwhile
          }
        }
      } while (again.get());
    } catch (RuntimeException e) {
      // the database may be away; the next tick tries again (a lease runs out by itself)
      LOG.warning("webhook sending paused: " + e);
    } finally {
      sending.set(false);
    }
  }

  /** Deliveries sent in one run of a subscription at most, under one lease. */
  static final int RUN = 100;

  /** The longest one attempt can take, with a margin for recording it. */
  private Duration attemptAtMost() {
    return Duration.ofMillis(connectTimeoutMillis + readTimeoutMillis).plusSeconds(2);
  }

  /**
   * How long a node holds a subscription: short, because a node that dies holding it delays that
   * receiver's events until it runs out; yet always long enough for one attempt.
   */
  private Duration lease() {
    Duration configured = Duration.ofSeconds(leaseSeconds);
    Duration least = attemptAtMost().plus(attemptAtMost());
    return configured.compareTo(least) < 0 ? least : configured;
  }

  /**
   * Sends the run in order; stops at the first failure, so that no later event overtakes it, and
   * before an attempt that could outlast the lease (the rest stays due, for the next run).
   */
  private List<WebhookService.Outcome> send(List<WebhookService.Attempt> run, long deadline) {
    List<WebhookService.Outcome> outcomes = new java.util.ArrayList<>();
    // checked once per run: the name is looked up (it may point elsewhere than when subscribed)
    Optional<String> refused = webhooks.refusal(run.get(0).url());
    if (refused.isPresent()) {
      return List.of(new WebhookService.Outcome(run.get(0).deliveryId(), null, refused.get()));
    }
    for (WebhookService.Attempt attempt : run) {
      if (!outcomes.isEmpty() && System.nanoTime() > deadline) {
        break;
      }
      WebhookService.Outcome outcome = send(attempt);
      outcomes.add(outcome);
      if (outcome.error() != null) {
        break;
      }
    }
    return outcomes;
  }

  private WebhookService.Outcome send(WebhookService.Attempt attempt) {
    long now = System.currentTimeMillis() / 1000;
    try (Response response =
        client()
            .target(attempt.url())
            .request()
            .header(
                "Rapport-Signature", WebhookSignature.header(attempt.secret(), now, attempt.body()))
            .header("Rapport-Event-Id", attempt.eventId())
            .header("Rapport-Event-Type", attempt.type())
            .post(Entity.entity(attempt.body(), MediaType.APPLICATION_JSON_TYPE))) {
      int status = response.getStatus();
      return new WebhookService.Outcome(
          attempt.deliveryId(),
          status,
          status / 100 == 2 ? null : "the receiver answered " + status);
    } catch (RuntimeException e) {
      return new WebhookService.Outcome(attempt.deliveryId(), null, describe(e));
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = nl.rapport.platform.Causes.root(e);
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private Client client() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          client =
              ClientBuilder.newBuilder()
                  .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                  .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                  .build();
        }
      }
    }
    return client;
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }
}
