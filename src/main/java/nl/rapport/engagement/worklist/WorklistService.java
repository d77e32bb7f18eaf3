package nl.rapport.engagement.worklist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.rapport.engagement.EngagementConfig;
import nl.rapport.engagement.EngagementService;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementSettings;
import nl.rapport.security.CurrentCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account manager's worklist: their accounts that need them now — personal contact overdue for
 * the relationship type, a contact's birthday coming up, high churn risk, a follow-up due.
 */
@Stateless
public class WorklistService {

  @Inject private WorklistQuery query;
  @Inject private CurrentCaller currentCaller;
  @Inject private EngagementConfig config;
  @Inject private EngagementService engagement;

  @Inject
  @ConfigProperty(name = "rapport.worklist.birthday-days-ahead")
  private int birthdayDaysAhead;

  @Inject
  @ConfigProperty(name = "rapport.ui.time-zone")
  private String timeZone;

  public List<WorklistEntry> forCaller() {
    String me = currentCaller.get().username();
    ZoneId zone = ZoneId.of(timeZone);
    LocalDate today = LocalDate.now(zone);
    Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
    List<UUID> missing = query.withoutProfile(me);
    if (!missing.isEmpty()) {
      // never computed yet (e.g. data loaded by hand): compute now rather than leave them out
      engagement.recompute(missing);
    }

    List<WorklistEntry> entries = new ArrayList<>();
    EngagementSettings settings = config.settings();
    for (WorklistQuery.Due account : query.due(me, tomorrow)) {
      if (account.personalContactDue() != null && account.personalContactDue().isBefore(tomorrow)) {
        LocalDate due = LocalDate.ofInstant(account.personalContactDue(), zone);
        String last =
            account.lastPersonalContactAt() == null
                ? "-"
                : LocalDate.ofInstant(account.lastPersonalContactAt(), zone).toString();
        entries.add(
            new WorklistEntry(
                account.accountId(),
                account.accountName(),
                WorklistReason.PERSONAL_CONTACT_OVERDUE,
                List.of(last, Integer.toString(settings.cadenceDays(account.relationshipType()))),
                due));
      }
      if (account.churnBucket() == ChurnRiskBucket.HIGH) {
        entries.add(
            new WorklistEntry(
                account.accountId(),
                account.accountName(),
                WorklistReason.CHURN_RISK,
                List.of(Integer.toString(account.churnRisk()), account.churnBucket().name()),
                today));
      }
    }
    LocalDate last = today.plusDays(birthdayDaysAhead);
    for (WorklistQuery.Birthday contact : query.birthdays(me, Birthdays.monthDays(today, last))) {
      LocalDate next = Birthdays.next(contact.birthday(), today);
      if (!next.isAfter(last)) {
        entries.add(
            new WorklistEntry(
                contact.accountId(),
                contact.accountName(),
                WorklistReason.BIRTHDAY,
                List.of(
                    contact.firstName() + " " + contact.lastName(),
                    next.toString(),
                    Integer.toString(Birthdays.ageOn(contact.birthday(), next))),
                next));
      }
    }
    for (WorklistQuery.FollowUp pending : query.followUps(me, today)) {
      String about = pending.summary() == null ? pending.purpose().name() : pending.summary();
      entries.add(
          new WorklistEntry(
              pending.accountId(),
              pending.accountName(),
              WorklistReason.FOLLOW_UP_DUE,
              List.of(about),
              pending.due()));
    }
    entries.sort(
        Comparator.comparing(WorklistEntry::dueDate).thenComparing(WorklistEntry::accountName));
    return entries;
  }
}
