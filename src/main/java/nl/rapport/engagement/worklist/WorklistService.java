package nl.rapport.engagement.worklist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.rapport.account.Account;
import nl.rapport.account.AccountService;
import nl.rapport.account.Contact;
import nl.rapport.engagement.EngagementConfig;
import nl.rapport.engagement.EngagementProfile;
import nl.rapport.engagement.EngagementService;
import nl.rapport.engagement.engine.ChurnRiskBucket;
import nl.rapport.engagement.engine.EngagementSettings;
import nl.rapport.interaction.Interaction;
import nl.rapport.interaction.InteractionService;
import nl.rapport.platform.Chunks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account manager's worklist: their accounts that need them now — personal contact overdue for
 * the relationship type, a contact's birthday coming up, high churn risk, a follow-up due.
 */
@Stateless
public class WorklistService {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private InteractionService interactions;
  @Inject private EngagementConfig config;
  @Inject private EngagementService engagement;

  @Inject
  @ConfigProperty(name = "rapport.worklist.birthday-days-ahead")
  private int birthdayDaysAhead;

  @Inject
  @ConfigProperty(name = "rapport.ui.time-zone")
  private String timeZone;

  private Map<UUID, EngagementProfile> profiles(List<UUID> ids) {
    Map<UUID, EngagementProfile> profiles = new HashMap<>();
    for (List<UUID> chunk : Chunks.of(ids)) {
      em.createQuery(
              "select p from EngagementProfile p where p.accountId in :ids",
              EngagementProfile.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(p -> profiles.put(p.getAccountId(), p));
    }
    return profiles;
  }

  public List<WorklistEntry> forCaller() {
    ZoneId zone = ZoneId.of(timeZone);
    LocalDate today = LocalDate.now(zone);
    List<Account> portfolio = accounts.portfolio();
    if (portfolio.isEmpty()) {
      return List.of();
    }
    Map<UUID, Account> byId = portfolio.stream().collect(Collectors.toMap(Account::getId, a -> a));
    List<UUID> ids = List.copyOf(byId.keySet());
    Map<UUID, EngagementProfile> profiles = profiles(ids);
    List<UUID> missing = ids.stream().filter(id -> !profiles.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      // never computed yet (e.g. data loaded by hand): compute now rather than leave them out
      engagement.recompute(missing);
      profiles.putAll(profiles(missing));
    }

    List<WorklistEntry> entries = new ArrayList<>();
    EngagementSettings settings = config.settings();
    for (Account account : portfolio) {
      EngagementProfile profile = profiles.get(account.getId());
      if (profile == null) {
        continue;
      }
      if (profile.getPersonalContactDue() != null) {
        LocalDate due = LocalDate.ofInstant(profile.getPersonalContactDue(), zone);
        if (!due.isAfter(today)) {
          String last =
              profile.getLastPersonalContactAt() == null
                  ? "-"
                  : LocalDate.ofInstant(profile.getLastPersonalContactAt(), zone).toString();
          entries.add(
              new WorklistEntry(
                  account.getId(),
                  account.getName(),
                  WorklistReason.PERSONAL_CONTACT_OVERDUE,
                  List.of(
                      last, Integer.toString(settings.cadenceDays(account.getRelationshipType()))),
                  due));
        }
      }
      if (profile.getChurnBucket() == ChurnRiskBucket.HIGH) {
        entries.add(
            new WorklistEntry(
                account.getId(),
                account.getName(),
                WorklistReason.CHURN_RISK,
                List.of(Integer.toString(profile.getChurnRisk()), profile.getChurnBucket().name()),
                today));
      }
    }
    List<Contact> birthdays = new ArrayList<>();
    List<Interaction> followUps = new ArrayList<>();
    for (List<UUID> chunk : Chunks.of(ids)) {
      birthdays.addAll(accounts.contactsWithBirthday(chunk));
      followUps.addAll(interactions.followUpsDue(chunk, today));
    }
    for (Contact contact : birthdays) {
      LocalDate next = Birthdays.next(contact.getBirthday(), today);
      if (!next.isAfter(today.plusDays(birthdayDaysAhead))) {
        Account account = byId.get(contact.getAccountId());
        entries.add(
            new WorklistEntry(
                account.getId(),
                account.getName(),
                WorklistReason.BIRTHDAY,
                List.of(
                    contact.fullName(),
                    next.toString(),
                    Integer.toString(Birthdays.ageOn(contact.getBirthday(), next))),
                next));
      }
    }
    for (Interaction pending : followUps) {
      Account account = byId.get(pending.getAccountId());
      String about =
          pending.getSummary() == null ? pending.getPurpose().name() : pending.getSummary();
      entries.add(
          new WorklistEntry(
              account.getId(),
              account.getName(),
              WorklistReason.FOLLOW_UP_DUE,
              List.of(about),
              pending.getFollowUpDate()));
    }
    entries.sort(
        Comparator.comparing(WorklistEntry::dueDate).thenComparing(WorklistEntry::accountName));
    return entries;
  }
}
