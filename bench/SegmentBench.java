import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Segment preview benchmark (run by bench/segments.sh): the same multi-criteria segment through
 * Rapport's API (JPA Criteria) and as hand-written SQL on the same database.
 *
 *   java -cp drivers SegmentBench.java measure <label> <jdbc-url> <user> <api-base>
 *   java -cp drivers SegmentBench.java copy <from-jdbc-url> <to-jdbc-url>     (PostgreSQL to H2)
 */
public class SegmentBench {

  static final String CRITERIA = """
      {"relationshipTypes":["COMMUNAL_SHARING","MARKET_PRICING"],"engagementLevels":["LOYAL","FAN","AMBASSADOR"],
       "churnRiskBuckets":["LOW","MEDIUM"],"countries":["NL","BE"],"minEngagementScore":40,
       "lastPersonalContactAfter":"2026-01-01","communityMember":true}""";

  static final String WHERE = """
       from account a join engagement_profile p on p.account_id = a.id
      where a.lifecycle <> 'FORMER'
        and a.relationship_type in ('COMMUNAL_SHARING','MARKET_PRICING')
        and a.country in ('NL','BE')
        and a.community_member = true
        and a.last_personal_contact_at >= ?
        and p.engagement_level in ('LOYAL','FAN','AMBASSADOR')
        and p.churn_risk_bucket in ('LOW','MEDIUM')
        and p.engagement_score >= ?""";

  static final int WARM_UP = 3;
  static final int RUNS = 15;

  public static void main(String[] args) throws Exception {
    if (args[0].equals("copy")) {
      copy(args[1], args[2]);
    } else {
      measure(args[1], args[2], args[3], args[4]);
    }
  }

  static void measure(String label, String url, String user, String api) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString("maria:rapport".getBytes());
    List<Double> apiTimes = new ArrayList<>();
    String apiBody = null;
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      // the same alternation as the SQL below, so that neither side measures a result cache
      String criteria = CRITERIA.replace("\"minEngagementScore\":40", "\"minEngagementScore\":" + (40 + i % 2));
      HttpRequest preview = HttpRequest.newBuilder(URI.create(api + "/segments/preview"))
          .header("Authorization", auth).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(criteria)).build();
      long start = System.nanoTime();
      HttpResponse<String> r = http.send(preview, HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - start) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("preview failed: " + r.statusCode() + " " + r.body());
      }
      if (i % 2 == 0) {
        apiBody = r.body();
      }
      if (i >= WARM_UP) {
        apiTimes.add(ms);
      }
    }
    long apiCount = Long.parseLong(apiBody.replaceAll("(?s).*\"count\":(\\d+).*", "$1"));

    List<Double> sqlTimes = new ArrayList<>();
    long sqlCount = -1;
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      for (int i = 0; i < WARM_UP + RUNS; i++) {
        long start = System.nanoTime();
        // bound parameters, as an application would send them (and so that H2 cannot simply
        // hand back the cached result of an identical parameterless query)
        try (PreparedStatement count = c.prepareStatement("select count(*)" + WHERE);
            PreparedStatement page = c.prepareStatement("select a.id, a.name" + WHERE + " order by a.name, a.id limit 20")) {
          // alternate the score between runs: H2 re-uses the last result of a statement whose
          // parameters did not change, which would measure its cache rather than the query
          int minScore = 40 + (i % 2);
          for (PreparedStatement s : List.of(count, page)) {
            s.setObject(1, java.time.OffsetDateTime.parse("2026-01-02T00:00:00Z"));
            s.setInt(2, minScore);
          }
          try (ResultSet rs = count.executeQuery()) {
            rs.next();
            if (minScore == 40) {
              sqlCount = rs.getLong(1);
            }
          }
          try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
              rs.getString(2);
            }
          }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (i >= WARM_UP) {
          sqlTimes.add(ms);
        }
      }
    }
    System.out.printf("%s segment preview: matches api=%d sql=%d | API (HTTP+JPA, count + first page) median %.1f ms p90 %.1f ms"
            + " | hand-written SQL (count + first page, JDBC) median %.1f ms p90 %.1f ms (%d runs after %d warm-up)%n",
        label, apiCount, sqlCount, median(apiTimes), p90(apiTimes), median(sqlTimes), p90(sqlTimes), RUNS, WARM_UP);
    if (apiCount != sqlCount) {
      throw new IllegalStateException("the API and the SQL disagree");
    }
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  static double p90(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get((int) Math.ceil(s.size() * 0.9) - 1);
  }

  /** Copies the benchmark rows from PostgreSQL into an H2 database that Flyway already created. */
  static void copy(String from, String to) throws Exception {
    try (Connection src = DriverManager.getConnection(from, "postgres", "");
        Connection dst = DriverManager.getConnection(to, "sa", "")) {
      dst.setAutoCommit(false);
      for (String table : List.of("account", "contact", "interaction", "complaint", "engagement_profile")) {
        long start = System.nanoTime();
        int n = 0;
        try (Statement s = src.createStatement()) {
          src.setAutoCommit(false);
          s.setFetchSize(5000);
          try (ResultSet rs = s.executeQuery("select * from " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              names.append(i > 1 ? "," : "").append(rs.getMetaData().getColumnName(i));
              marks.append(i > 1 ? "," : "").append("?");
            }
            try (PreparedStatement insert = dst.prepareStatement("insert into " + table + " (" + names + ") values (" + marks + ")")) {
              while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                  insert.setObject(i, rs.getObject(i));
                }
                insert.addBatch();
                if (++n % 5000 == 0) {
                  insert.executeBatch();
                  dst.commit();
                }
              }
              insert.executeBatch();
              dst.commit();
            }
          }
        }
        System.out.printf("copied %d rows of %s in %.1f s%n", n, table, (System.nanoTime() - start) / 1e9);
      }
      try (Statement s = dst.createStatement()) {
        s.execute("analyze");
      }
      dst.commit();
    }
  }
}
