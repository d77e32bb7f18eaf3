package nl.rapport.platform;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.UUIDJdbcType;

/**
 * Reads uuid columns with {@code getObject(int)} instead of {@code getObject(int, UUID.class)}:
 * Payara's result-set wrapper answers the typed variant by reflection, looking the method up and
 * making it accessible on every call, which was 40% of a full recompute's CPU (JFR, issue 9).
 * PostgreSQL and H2 both return {@link java.util.UUID} for a uuid column. Writing is unchanged.
 * Registered with Hibernate through META-INF/services.
 */
public class UuidColumns implements TypeContributor {

  @Override
  public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
    contributions.contributeJdbcType(new UuidJdbcType());
  }

  /** Hibernate's uuid type, with a plain extractor. */
  static final class UuidJdbcType extends UUIDJdbcType {

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
      return new BasicExtractor<>(javaType, this) {
        @Override
        protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
          return javaType.wrap(rs.getObject(index), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(statement.getObject(index), options);
        }

        @Override
        protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
            throws SQLException {
          return javaType.wrap(statement.getObject(name), options);
        }
      };
    }
  }
}
