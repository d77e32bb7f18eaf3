package nl.rapport.webhook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.rapport.platform.Screens;

/** The administrator's first page, the webhooks' part: what is waiting, what failed. */
@Named
@ViewScoped
public class DeliveryBacklog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WebhookService webhooks;

  private long subscriptions;
  private long pending;
  private long delivered;
  private long failed;
  private String oldestPending;

  public void load() {
    WebhookService.Backlog backlog = webhooks.backlog();
    subscriptions = backlog.subscriptions();
    pending = backlog.deliveries().get(WebhookDelivery.Status.PENDING);
    delivered = backlog.deliveries().get(WebhookDelivery.Status.DELIVERED);
    failed = backlog.deliveries().get(WebhookDelivery.Status.FAILED);
    oldestPending =
        backlog.oldestPending() == null ? null : Screens.dateTime(backlog.oldestPending());
  }

  public long getSubscriptions() {
    return subscriptions;
  }

  public long getPending() {
    return pending;
  }

  public long getDelivered() {
    return delivered;
  }

  public long getFailed() {
    return failed;
  }

  public String getOldestPending() {
    return oldestPending;
  }
}
