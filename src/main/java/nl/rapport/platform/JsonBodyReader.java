package nl.rapport.platform;

import jakarta.json.Json;
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

/**
 * Names the field when a JSON body cannot be bound. JSON-B reports a wrong enum constant or a
 * string where a number belongs without saying which property it was; this interceptor keeps the
 * body and, on failure, tries each record component alone to find the culprit.
 */
@Provider
public class JsonBodyReader implements ReaderInterceptor {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!context.getType().isRecord()) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    Object value;
    try {
      value = context.proceed();
    } catch (JsonbException | jakarta.ws.rs.ProcessingException e) {
      throw explain(context.getType(), new String(body, StandardCharsets.UTF_8));
    }
    if (hasStrictPart(context.getType())) {
      JsonValue json =
          Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readValue();
      rejectUnknownFields(context.getType(), json, "");
    }
    return value;
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
      JsonValue value = Json.createReader(new StringReader(body)).readValue();
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
