package nl.rapport.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import nl.rapport.platform.Instants;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Storage limitation (GDPR art. 5): contacts of accounts that have been former for the configured
 * period, with nothing logged on them in it, are anonymised by a nightly run, as an erasure by
 * "retention". The dry run reports what a run would do now. Off until an organisation sets it on.
 */
@Stateless
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  /** How many due contacts a report lists (the count is always complete). */
  static final int REPORT_LIMIT = 200;

  static final String ACTOR = "retention";

  @Inject private RetentionQuery query;
  @Inject private PrivacyService privacy;

  @Inject
  @ConfigProperty(name = "rapport.privacy.retention-enabled")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "rapport.privacy.retention-days")
  private long days;

  /** What a run would do, or did: the period, the cutoff and the contacts due then. */
  public record Report(
      boolean enabled,
      long periodDays,
      Instant cutoff,
      boolean dryRun,
      long due,
      long erased,
      List<RetentionQuery.Due> contacts) {}

  public Report preview() {
    Instant cutoff = RetentionRule.days(days).cutoff(Instants.now());
    return new Report(
        enabled, days, cutoff, true, query.count(cutoff), 0, query.due(cutoff, REPORT_LIMIT));
  }

  /**
   * Erases every due contact, each in its own transaction (a failure or a contact another node
   * erased meanwhile costs only that one); runs even when the nightly run is off, when asked.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run(String actor) {
    RetentionRule rule = RetentionRule.days(days);
    Instant cutoff = rule.cutoff(Instants.now());
    List<RetentionQuery.Due> due = query.due(cutoff, Integer.MAX_VALUE);
    long erased = 0;
    for (RetentionQuery.Due contact : due) {
      try {
        erased += privacy.eraseForRetention(contact.contactId(), rule, actor).isPresent() ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.warning("Retention could not erase contact " + contact.contactId() + ": " + e);
      }
    }
    if (erased > 0) {
      LOG.info("Retention erased " + erased + " contacts of accounts former since " + cutoff);
    }
    return new Report(
        enabled,
        days,
        cutoff,
        false,
        due.size(),
        erased,
        due.subList(0, Math.min(due.size(), REPORT_LIMIT)));
  }

  /** Nightly, on every node; the erasures are idempotent, so two nodes at once do no harm. */
  @Schedule(hour = "3", minute = "15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    if (enabled) {
      run(ACTOR);
    }
  }
}
