package nl.rapport.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import nl.rapport.account.Account;
import nl.rapport.account.Channel;
import nl.rapport.account.Contact;
import nl.rapport.account.Lifecycle;
import nl.rapport.account.RelationshipType;
import nl.rapport.interaction.Complaint;
import nl.rapport.interaction.FollowUp;
import nl.rapport.interaction.Interaction;
import nl.rapport.interaction.Purpose;
import nl.rapport.interaction.ServiceRecovery;
import nl.rapport.platform.Database;
import nl.rapport.relationship.RelationshipTransition;
import nl.rapport.security.Role;
import nl.rapport.security.UserDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users and a realistic Dutch B2B portfolio with a year of contact moments. Loaded on the
 * embedded default database, or when rapport.demo-data is true; never otherwise, and only into an
 * empty database.
 */
@Singleton
@Startup
@DependsOn("Database")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final char[] DEMO_PASSWORD = "rapport".toCharArray();

  @PersistenceContext private EntityManager em;
  @Inject private UserDirectory users;
  @Inject private nl.rapport.engagement.EngagementService engagement;

  @Inject
  @ConfigProperty(name = "rapport.demo-data")
  private boolean demoData;

  @Inject
  @ConfigProperty(name = "rapport.demo-accounts")
  private boolean demoAccounts;

  @PostConstruct
  void load() {
    if (!(demoData || Database.isEmbeddedDefault()) || !users.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    users.create("anna", "Anna de Vries", DEMO_PASSWORD, Set.of(Role.ACCOUNT_MANAGER));
    users.create("bram", "Bram Jansen", DEMO_PASSWORD, Set.of(Role.ACCOUNT_MANAGER));
    users.create("maria", "Maria Bakker", DEMO_PASSWORD, Set.of(Role.MARKETING));
    users.create("admin", "Beheerder", DEMO_PASSWORD, Set.of(Role.ADMIN));
    int interactions = demoAccounts ? portfolio(new Random(20261124L), Instant.now()) : 0;
    em.flush();
    engagement.recompute(
        em.createQuery("select a.id from Account a", java.util.UUID.class).getResultList());
    LOG.info(
        "Demo data loaded: users anna, bram, maria, admin (password 'rapport'), "
            + interactions
            + " interactions in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
  }

  private static final String[][] ACCOUNTS = {
    {"Van der Berg Logistiek", "Logistiek", "NL"},
    {"Groene Hart Zuivel", "Voeding", "NL"},
    {"Zeeuwse Mosselkwekerij Oosterschelde", "Visserij", "NL"},
    {"Brabantse Bouwgroep", "Bouw", "NL"},
    {"Fietsfabriek Noord", "Productie", "NL"},
    {"Zorggroep De Linde", "Zorg", "NL"},
    {"Hogeschool Amstelland", "Onderwijs", "NL"},
    {"Windkracht Energie Coöperatie", "Energie", "NL"},
    {"Bakkerij Vermeulen", "Voeding", "NL"},
    {"Delta Havendiensten", "Logistiek", "NL"},
    {"Twentse Textielwerken", "Productie", "NL"},
    {"Apotheek Groep Midden", "Zorg", "NL"},
    {"Drukkerij De Ster", "Media", "NL"},
    {"Kaashandel Gouda Centraal", "Groothandel", "NL"},
    {"Installatiebedrijf Smit & Zn.", "Installatie", "NL"},
    {"Utrechtse Softwarewerkplaats", "ICT", "NL"},
    {"Hotel De Gouden Leeuw", "Horeca", "NL"},
    {"Agrarisch Loonbedrijf Hendriks", "Agrarisch", "NL"},
    {"Vlaamse Verpakkingen", "Productie", "BE"},
    {"Antwerpse Diamantslijperij", "Groothandel", "BE"},
    {"Gemeentelijk Sportbedrijf Zwolle", "Overheid", "NL"},
    {"Rotterdamse Koffiebranders", "Voeding", "NL"},
    {"Friese Zuivelcoöperatie", "Voeding", "NL"},
    {"Limburgse Mergelgroeve", "Bouw", "NL"},
    {"Stichting Natuurlijk Wonen", "Woningcorporatie", "NL"},
    {"Bloemenveiling Westland", "Agrarisch", "NL"},
    {"Technisch Bureau Kuipers", "Engineering", "NL"},
    {"Gentse Bierbrouwers", "Voeding", "BE"},
    {"Haagse Tandartsenpraktijk", "Zorg", "NL"},
    {"Noordzee Offshore Services", "Energie", "NL"},
  };

  private static final String[] FIRST = {
    "Jan", "Sanne", "Pieter", "Lotte", "Kees", "Fleur", "Daan", "Eva", "Joost", "Femke", "Ruben",
    "Iris", "Thijs", "Noor", "Wouter", "Marieke", "Bas", "Anouk", "Sven", "Lieke"
  };
  private static final String[] LAST = {
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "Claes",
    "Wouters"
  };
  private static final String[] TITLES = {
    "Directeur",
    "Inkoper",
    "Operationeel manager",
    "Hoofd facilitair",
    "Financieel directeur",
    "Projectleider",
    "Office manager"
  };

  private static final String[] SUMMARIES = {
    "Kort bijgepraat over de planning voor het komende kwartaal.",
    "Bedankt voor de samenwerking; bloemetje gestuurd na oplevering.",
    "Meegedacht over het nieuwe assortiment in de klantenraad.",
    "Rondleiding op onze locatie, veel enthousiasme.",
    "Vraag over de factuur beantwoord.",
    "Levering kwam twee dagen te laat; excuses aangeboden.",
    "Offerte voor uitbreiding besproken.",
    "Reactie geplaatst in de community over duurzaam verpakken.",
    "Positieve review geplaatst op LinkedIn.",
    "Storing gemeld via het klantportaal.",
  };

  private int portfolio(Random random, Instant now) {
    int count = 0;
    for (int n = 0; n < ACCOUNTS.length; n++) {
      String owner = n % 2 == 0 ? "anna" : "bram";
      Lifecycle lifecycle = n % 10 == 9 ? Lifecycle.PROSPECT : Lifecycle.ACTIVE;
      Instant created = now.minus(Duration.ofDays(400 + random.nextInt(1500)));
      Account account = new Account(ACCOUNTS[n][0], owner, lifecycle, created);
      account.describe(
          ACCOUNTS[n][0],
          ACCOUNTS[n][1],
          ACCOUNTS[n][2],
          lifecycle == Lifecycle.ACTIVE ? LocalDate.ofInstant(created, ZoneOffset.UTC) : null,
          n % 4 == 1,
          n % 7 == 3);
      account.assignTo(
          owner, n % 5 == 0 ? List.of(owner.equals("anna") ? "bram" : "anna") : List.of());
      em.persist(account);
      if (lifecycle == Lifecycle.ACTIVE) {
        RelationshipType type =
            n % 3 == 0 ? RelationshipType.COMMUNAL_SHARING : RelationshipType.MARKET_PRICING;
        em.persist(
            new RelationshipTransition(
                account.reframe(
                    type,
                    "Eerste afspraken bij de start van de relatie",
                    owner,
                    created.plus(Duration.ofDays(20)))));
        if (n % 9 == 4) {
          em.persist(
              new RelationshipTransition(
                  account.reframe(
                      RelationshipType.COMMUNAL_SHARING,
                      "Gezamenlijk duurzaamheidsprogramma gestart",
                      owner,
                      now.minus(Duration.ofDays(90)))));
        }
      }
      List<Contact> contacts = new ArrayList<>();
      int people = 2 + random.nextInt(2);
      for (int p = 0; p < people; p++) {
        Contact contact = new Contact(account.getId(), created);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        // some birthdays fall in the coming two weeks, so the worklist has something to show
        LocalDate birthday =
            p == 0 && n % 6 == 2
                ? LocalDate.now().plusDays(3 + n % 10).minusYears(35 + n)
                : LocalDate.of(
                    1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        contact.describe(
            first,
            last,
            (first + "." + last).toLowerCase().replace(" ", "") + "@example.nl",
            "+31 6 " + (10000000 + random.nextInt(89999999)),
            TITLES[random.nextInt(TITLES.length)],
            birthday,
            ACCOUNTS[n][2].equals("BE") && random.nextBoolean() ? "en" : "nl",
            p == 0 ? Channel.PHONE : Channel.EMAIL);
        contact.consent(random.nextInt(4) != 0, "Aanmeldformulier beurs", created);
        em.persist(contact);
        contacts.add(contact);
      }
      count +=
          history(
              random,
              now,
              account,
              contacts,
              lifecycle == Lifecycle.PROSPECT ? 3 : 8 + random.nextInt(20),
              n);
    }
    return count;
  }

  private int history(
      Random random, Instant now, Account account, List<Contact> contacts, int moments, int n) {
    // accounts with a high index get their last personal contact long ago: overdue on purpose
    int quietDays = n % 4 == 3 ? 120 : 0;
    for (int m = 0; m < moments; m++) {
      Instant at =
          now.minus(
                  Duration.ofMinutes(
                      (long) (quietDays * 1440L + random.nextInt((365 - quietDays) * 1440))))
              .truncatedTo(ChronoUnit.MINUTES);
      Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
      Purpose purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
      Contact who = contacts.get(random.nextInt(contacts.size()));
      // most service moments are easy enough; a few are hard (CES <= 3), as in real portfolios
      Integer effort =
          purpose == Purpose.SERVICE_REQUEST || purpose == Purpose.COMPLAINT
              ? (random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 4 + random.nextInt(4))
              : null;
      Integer nps = random.nextInt(6) == 0 ? 4 + random.nextInt(7) : null;
      Integer csat = random.nextInt(5) == 0 ? 1 + random.nextInt(5) : null;
      Interaction interaction =
          new Interaction(
              account.getId(),
              who.getId(),
              account.getOwner(),
              at,
              at,
              channel,
              purpose,
              effort,
              nps,
              csat,
              SUMMARIES[random.nextInt(SUMMARIES.length)],
              random.nextInt(8) == 0 ? LocalDate.now().plusDays(random.nextInt(21) - 7) : null,
              null);
      em.persist(interaction);
      if (interaction.getFollowUpDate() != null) {
        em.persist(FollowUp.of(interaction));
      }
      if (channel.isPersonal()) {
        account.recordPersonalContact(at);
      }
      if (purpose == Purpose.COMPLAINT) {
        Complaint complaint = Complaint.openedBy(interaction);
        em.persist(complaint);
        if (random.nextInt(3) != 0 && at.isBefore(now.minus(Duration.ofDays(20)))) {
          complaint.resolve(
              random.nextBoolean(),
              at.plus(Duration.ofHours(2 + random.nextInt(400))),
              "Opgelost in overleg met de klant.",
              account.getOwner(),
              new ServiceRecovery(Duration.ofHours(48), Duration.ofDays(14)));
        }
      }
    }
    return moments;
  }
}
