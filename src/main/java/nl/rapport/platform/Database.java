package nl.rapport.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's one data source and its schema. The placeholders carry their defaults inline
 * because Payara resolves them before the WAR's own microprofile-config.properties is visible.
 * Flyway migrates at start-up, before JPA is used; Hibernate never generates schema.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "nl.rapport.platform.UrlDataSource",
    url = "${MPCONFIG=RAPPORT_DB_URL:" + Database.EMBEDDED_URL + "}",
    user = "${MPCONFIG=RAPPORT_DB_USER:sa}",
    password = "${MPCONFIG=RAPPORT_DB_PASSWORD:}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // fail fast and bounded when the database is away or frozen (docs/operations.md): a request
    // waits at most 3 s for a connection and 10 s for a statement, then gets a 503
    maxIdleTime = 300,
    loginTimeout = 5,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=3000",
      "fish.payara.statement-timeout-in-seconds=10",
      "fish.payara.connection-creation-retry-attempts=0"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/rapport";

  /** The embedded default: a file under ./data, so a restart keeps the data. */
  public static final String EMBEDDED_URL = "jdbc:h2:file:./data/rapport;MODE=Regular";

  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  // the database's product name, lower case, as read when migrating at start-up
  private volatile String vendor;

  /**
   * The shared migrations, and those for this database only (db/vendor/postgresql): tuning that the
   * other database has no words for. Versions are shared: a vendor migration takes a number that no
   * shared one uses.
   */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      vendor = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
    String own = "db/vendor/" + vendor;
    return Database.class.getClassLoader().getResource(own) == null
        ? new String[] {"classpath:db/migration"}
        : new String[] {"classpath:db/migration", "classpath:" + own};
  }

  @jakarta.annotation.PostConstruct
  void migrate() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Database.class.getClassLoader());
    try {
      long start = System.nanoTime();
      var result =
          Flyway.configure(Database.class.getClassLoader())
              .dataSource(dataSource)
              .locations(locations())
              .load()
              .migrate();
      LOG.info(
          () ->
              "Schema at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms)");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** True when no database was configured and Rapport runs on its embedded H2 file. */
  public static boolean isEmbeddedDefault() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("RAPPORT_DB_URL", String.class)
        .filter(url -> !url.isBlank())
        .isEmpty();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether the data source is PostgreSQL (else H2), as found at start-up. */
  @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
  public boolean isPostgres() {
    return "postgresql".equals(vendor);
  }
}
