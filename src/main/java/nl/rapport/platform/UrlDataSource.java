package nl.rapport.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the JDBC implementation from the URL, so that switching between the
 * embedded H2 default and PostgreSQL takes only {@code RAPPORT_DB_URL}, {@code RAPPORT_DB_USER} and
 * {@code RAPPORT_DB_PASSWORD}: no driver class name to set, no rebuild. Payara pools it.
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
    this.delegate = null;
  }

  public String getURL() {
    return url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
    this.delegate = null;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
    this.delegate = null;
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      delegate = create(url, clean(user), clean(password));
    }
    return delegate;
  }

  /** An unset optional variable may reach us as an unresolved placeholder; treat it as empty. */
  static String clean(String value) {
    return value == null || value.startsWith("${") ? "" : value;
  }

  static DataSource create(String url, String user, String password) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("RAPPORT_DB_URL is empty");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(url);
      // a database that stops answering must not hold a request (or a pooled connection) for
      // ever; the URL may set other values
      if (!url.contains("connectTimeout=")) {
        pg.setConnectTimeout(5);
      }
      if (!url.contains("socketTimeout=")) {
        pg.setSocketTimeout(12); // just above the pool's 10 s statement timeout
      }
      if (!url.contains("cancelSignalTimeout=")) {
        pg.setCancelSignalTimeout(2); // the cancel of a timed-out statement must not hang either
      }
      if (!url.contains("loginTimeout=")) {
        pg.setLoginTimeout(5);
      }
      if (!user.isEmpty()) {
        pg.setUser(user);
      }
      if (!password.isEmpty()) {
        pg.setPassword(password);
      }
      return pg;
    }
    if (url.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user.isEmpty() ? "sa" : user);
      h2.setPassword(password);
      return h2;
    }
    throw new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
