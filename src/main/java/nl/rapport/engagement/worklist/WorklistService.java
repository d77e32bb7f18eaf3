package nl.rapport.engagement.worklist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.rapport.engagement.EngagementConfig;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementLevel;
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

  @Inject
  @ConfigProperty(name = "rapport.worklist.birthday-days-ahead")
  private int birthdayDaysAhead;

  @Inject
  @ConfigProperty(name = "rapport.ui.time-zone")
  private String timeZone;

  /** How the caller's portfolio spreads over levels and churn buckets (null key: unknown). */
  public record Portfolio(Map<EngagementLevel, Long> levels, Map<ChurnRiskBucket, Long> churn) {}

  /** The first entries of the caller's worklist, and how many there are in all. */
  public record Worklist(List<WorklistEntry> entries, long total) {}

  /** The dashboard's first page: the worklist and the portfolio, from one pass over it. */
  public record Overview(Worklist worklist, Portfolio portfolio) {}

  /** The portfolio, and how many of its accounts are overdue or at high churn risk. */
  private record Spread(Portfolio portfolio, long overdue, long highChurn) {}

  /**
   * The caller's worklist up to {@code limit} entries, soonest due first, with its total. Each
   * source gives only its own first {@code limit} rows, in the order of the whole list (due date,
   * then the time of an overdue contact, then the source's order), so their merge holds the list's
   * first {@code limit} entries exactly, whatever the portfolio's size.
   */
  public Worklist forCaller(int limit) {
    String me = currentCaller.get().username();
    LocalDate today = LocalDate.now(ZoneId.of(timeZone));
    Spread[] once = new Spread[1];
    return worklist(
        me, limit, today, () -> once[0] == null ? once[0] = spread(me, dayAfter(today)) : once[0]);
  }

  /** The worklist and the portfolio; the totals come from the portfolio's pass. */
  public Overview overview(int limit) {
    String me = currentCaller.get().username();
    LocalDate today = LocalDate.now(ZoneId.of(timeZone));
    Spread spread = spread(me, dayAfter(today));
    return new Overview(worklist(me, limit, today, () -> spread), spread.portfolio());
  }

  /** The start of the day after {@code today}: what is due before it is due today. */
  private Instant dayAfter(LocalDate today) {
    return today.plusDays(1).atStartOfDay(ZoneId.of(timeZone)).toInstant();
  }

  private Spread spread(String me, Instant until) {
    Map<EngagementLevel, Long> levels = new LinkedHashMap<>();
    levels.put(null, 0L);
    for (EngagementLevel l : EngagementLevel.values()) {
      levels.put(l, 0L);
    }
    Map<ChurnRiskBucket, Long> churn = new EnumMap<>(ChurnRiskBucket.class);
    for (ChurnRiskBucket b : ChurnRiskBucket.values()) {
      churn.put(b, 0L);
    }
    long overdue = 0;
    for (Object[] r : query.spread(me, until)) {
      long n = (Long) r[2];
      levels.merge((EngagementLevel) r[0], n, Long::sum);
      churn.merge((ChurnRiskBucket) r[1], n, Long::sum);
      overdue += r[3] == null ? 0 : ((Number) r[3]).longValue();
    }
    return new Spread(new Portfolio(levels, churn), overdue, churn.get(ChurnRiskBucket.HIGH));
  }

  // the totals of the overdue and high-churn lines are asked for only when a source has more
  // lines than the page; rows and totals use the same day, also around midnight
  private Worklist worklist(String me, int limit, LocalDate today, Supplier<Spread> spread) {
    ZoneId zone = ZoneId.of(timeZone);
    Instant tomorrow = dayAfter(today);
    EngagementSettings settings = config.settings();
    List<Sorted> entries = new ArrayList<>();
    long total = 0;

    List<WorklistQuery.Due> overdue = query.overdue(me, tomorrow, limit);
    total += overdue.size() < limit ? overdue.size() : spread.get().overdue();
    for (WorklistQuery.Due account : overdue) {
      String last =
          account.lastPersonalContactAt() == null
              ? "-"
              : LocalDate.ofInstant(account.lastPersonalContactAt(), zone).toString();
      entries.add(
          new Sorted(
              new WorklistEntry(
                  account.accountId(),
                  account.accountName(),
                  WorklistReason.PERSONAL_CONTACT_OVERDUE,
                  List.of(last, Integer.toString(settings.cadenceDays(account.relationshipType()))),
                  LocalDate.ofInstant(account.personalContactDue(), zone)),
              account.personalContactDue(),
              entries.size()));
    }
    List<WorklistQuery.Due> churning = query.highChurn(me, limit);
    total += churning.size() < limit ? churning.size() : spread.get().highChurn();
    for (WorklistQuery.Due account : churning) {
      entries.add(
          new Sorted(
              new WorklistEntry(
                  account.accountId(),
                  account.accountName(),
                  WorklistReason.CHURN_RISK,
                  List.of(Integer.toString(account.churnRisk()), account.churnBucket().name()),
                  today),
              null,
              entries.size()));
    }
    // birthdays come from a window of days, so there are few: all of them, sorted here
    LocalDate last = today.plusDays(birthdayDaysAhead);
    List<WorklistEntry> birthdays = new ArrayList<>();
    for (WorklistQuery.Birthday contact : query.birthdays(me, Birthdays.monthDays(today, last))) {
      LocalDate next = Birthdays.next(contact.birthday(), today);
      if (!next.isAfter(last)) {
        birthdays.add(
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
    birthdays.sort(
        Comparator.comparing(WorklistEntry::dueDate).thenComparing(WorklistEntry::accountName));
    total += birthdays.size();
    for (WorklistEntry birthday : birthdays) {
      entries.add(new Sorted(birthday, null, entries.size()));
    }
    List<WorklistQuery.FollowUp> followUps = query.followUps(me, today, limit);
    total += followUps.size() < limit ? followUps.size() : query.followUpCount(me, today);
    for (WorklistQuery.FollowUp pending : followUps) {
      String about = pending.summary() == null ? pending.purpose().name() : pending.summary();
      entries.add(
          new Sorted(
              new WorklistEntry(
                  pending.accountId(),
                  pending.accountName(),
                  WorklistReason.FOLLOW_UP_DUE,
                  List.of(about),
                  pending.due()),
              null,
              entries.size()));
    }
    entries.sort(Sorted.ORDER);
    return new Worklist(entries.stream().limit(limit).map(Sorted::entry).toList(), total);
  }

  /**
   * An entry with what orders it: its due date, the due moment of an overdue contact (others first
   * on their day), its reason, and its place in its source's own order.
   */
  private record Sorted(WorklistEntry entry, Instant dueAt, int place) {
    static final Comparator<Sorted> ORDER =
        Comparator.comparing((Sorted s) -> s.entry().dueDate())
            .thenComparing(Sorted::dueAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.entry().reason())
            .thenComparingInt(Sorted::place);
  }
}
