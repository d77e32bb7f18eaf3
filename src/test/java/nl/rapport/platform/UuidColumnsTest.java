package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.hibernate.type.descriptor.java.UUIDJavaType;
import org.junit.jupiter.api.Test;

class UuidColumnsTest {

  @Test
  void readsAUuidColumnWithThePlainGetObject() throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:uuid-columns");
        Statement sql = db.createStatement()) {
      sql.execute("create table t (id uuid)");
      sql.execute("insert into t values ('" + id + "'), (null)");
      try (ResultSet rows = sql.executeQuery("select id from t order by id nulls last")) {
        var extractor = new UuidColumns.UuidJdbcType().getExtractor(UUIDJavaType.INSTANCE);
        rows.next();
        assertEquals(id, extractor.extract(rows, 1, null));
        rows.next();
        assertEquals(null, extractor.extract(rows, 1, null));
      }
    }
  }
}
