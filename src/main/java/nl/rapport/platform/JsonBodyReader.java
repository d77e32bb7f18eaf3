package nl.rapport.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every JSON body passes here before JSON-B binds it. Bodies over the configured size are a 413,
 * bodies nested deeper than any request of ours a 400 (a parser is never asked to recurse thousands
 * deep); record bodies are checked for types ({@link StrictTypes}: no silent coercion) and, for
 * {@link StrictJson} records, for unknown fields. When binding still fails, each record component
 * is tried alone to name the culprit, since JSON-B does not say which property it was.
 */
@Provider
public class JsonBodyReader implements ReaderInterceptor {

  /** Our deepest request (segment criteria inside a segment) is three levels deep. */
  static final int MAX_DEPTH = 32;

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (isCsv(context)) {
      // an import streams: never held in memory, counted against its own, larger limit
      long limit =
          ConfigProvider.getConfig(JsonBodyReader.class.getClassLoader())
              .getValue("rapport.import.max-bytes", Long.class);
      String declared = context.getHeaders().getFirst("Content-Length");
      if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
        throw tooLarge(limit);
      }
      context.setInputStream(new Limited(context.getInputStream(), limit));
      return context.proceed();
    }
    byte[] body = readLimited(context);
    context.setInputStream(new ByteArrayInputStream(body));
    if (!isJson(context)) {
      return context.proceed();
    }
    checkDepth(body);
    if (!context.getType().isRecord() || body.length == 0) {
      return context.proceed();
    }
    String text = new String(body, StandardCharsets.UTF_8);
    JsonValue json;
    try {
      json = JsonFactories.READERS.createReader(new StringReader(text)).readValue();
    } catch (jakarta.json.JsonException e) {
      throw RapportException.badRequest("body", "the request body is not valid JSON");
    }
    StrictTypes.check(context.getType(), json, "");
    if (hasStrictPart(context.getType())) {
      rejectUnknownFields(context.getType(), json, "");
    }
    try {
      return context.proceed();
    } catch (JsonbException | jakarta.ws.rs.ProcessingException e) {
      throw explain(context.getType(), text);
    }
  }

  private static boolean isCsv(ReaderInterceptorContext context) {
    return context.getMediaType() != null
        && context.getMediaType().getSubtype().equalsIgnoreCase("csv");
  }

  /** A stream that refuses (413) to be read past its limit. */
  private static final class Limited extends java.io.FilterInputStream {
    private final long limit;
    private long read;

    Limited(java.io.InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }
  }

  private static boolean isJson(ReaderInterceptorContext context) {
    return context.getMediaType() == null
        || context.getMediaType().getSubtype().toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  /**
   * The body, refused with 413 when it is longer than the limit. The rest is read and dropped (up
   * to {@link #DRAIN_FACTOR} times the limit), so that a client still sending gets the answer
   * instead of a broken connection; beyond that the connection is given up.
   */
  private static byte[] readLimited(ReaderInterceptorContext context) throws IOException {
    long limit = maxBodyBytes();
    String declared = context.getHeaders().getFirst("Content-Length");
    if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
      drain(context, limit);
      throw tooLarge(limit);
    }
    byte[] body =
        context.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (body.length > limit) {
      drain(context, limit);
      throw tooLarge(limit);
    }
    return body;
  }

  static final int DRAIN_FACTOR = 16;

  private static void drain(ReaderInterceptorContext context, long limit) throws IOException {
    long left = DRAIN_FACTOR * limit;
    byte[] sink = new byte[8192];
    int n;
    while (left > 0
        && (n = context.getInputStream().read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
      left -= n;
    }
  }

  private static long maxBodyBytes() {
    return ConfigProvider.getConfig(JsonBodyReader.class.getClassLoader())
        .getValue("rapport.api.max-body-bytes", Long.class);
  }

  private static RapportException tooLarge(long limit) {
    return new RapportException(
        413, "Content Too Large", "body", "the request body is larger than " + limit + " bytes");
  }

  /** Refuses nesting deeper than {@link #MAX_DEPTH}, counting brackets outside strings. */
  static void checkDepth(byte[] body) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : body) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > MAX_DEPTH) {
          throw RapportException.badRequest(
              "body", "the request body is nested deeper than " + MAX_DEPTH + " levels");
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
  }

  private static boolean hasStrictPart(Class<?> type) {
    if (type.isAnnotationPresent(StrictJson.class)) {
      return true;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType().isRecord()
          && component.getType().isAnnotationPresent(StrictJson.class)) {
        return true;
      }
    }
    return false;
  }

  /** Unknown fields of @StrictJson records are a 400 naming the field (e.g. "criteria.owner"). */
  static void rejectUnknownFields(Class<?> type, JsonValue json, String prefix) {
    if (!(json instanceof JsonObject object) || !type.isRecord()) {
      return;
    }
    java.util.Map<String, RecordComponent> components = new java.util.HashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      components.put(c.getName(), c);
    }
    for (String key : object.keySet()) {
      RecordComponent component = components.get(key);
      if (component == null) {
        if (type.isAnnotationPresent(StrictJson.class)) {
          throw RapportException.badRequest(prefix + key, "unknown field: " + prefix + key);
        }
        continue;
      }
      if (component.getType().isRecord()) {
        rejectUnknownFields(component.getType(), object.get(key), prefix + key + ".");
      }
    }
  }

  static RapportException explain(Class<?> type, String body) {
    JsonObject object;
    try {
      JsonValue value = JsonFactories.READERS.createReader(new StringReader(body)).readValue();
      if (!(value instanceof JsonObject o)) {
        return RapportException.badRequest("body", "the request body must be a JSON object");
      }
      object = o;
    } catch (jakarta.json.JsonException e) {
      return RapportException.badRequest("body", "the request body is not valid JSON");
    }
    for (RecordComponent component : type.getRecordComponents()) {
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      Type target = component.getGenericType();
      try {
        JSONB.fromJson(value.toString(), target);
      } catch (RuntimeException e) {
        return RapportException.badRequest(component.getName(), describe(component));
      }
    }
    return RapportException.badRequest("body", "the request body does not fit this resource");
  }

  private static String describe(RecordComponent component) {
    Class<?> type = component.getType();
    if (type.isEnum()) {
      StringBuilder allowed = new StringBuilder();
      for (Object constant : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
      }
      return component.getName() + " must be one of " + allowed;
    }
    return component.getName() + " cannot be read as " + type.getSimpleName();
  }
}
