package nl.rapport.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API contract writes it: unknown values appear as {@code null} rather than being left
 * out, so that "unknown" and "absent from this version" are told apart.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  /** A value as the API would write it (webhook bodies say what the API says). */
  public static String toJson(Object value) {
    return JSONB.toJson(value);
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
