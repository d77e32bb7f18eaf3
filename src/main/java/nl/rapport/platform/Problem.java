package nl.rapport.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names the offending fields for validation. */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  public record FieldError(String field, String message) {}

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(Response.StatusType status, String detail) {
    return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
  }

  public static Problem validation(String detail, List<FieldError> errors) {
    return new Problem(400, "Bad Request", detail, errors);
  }

  /** Written with JSON-P so that the output never depends on a provider's media-type support. */
  public String toJson() {
    JsonObjectBuilder body =
        JsonFactories.BUILDERS
            .createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JsonFactories.BUILDERS.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  JsonFactories.BUILDERS
                      .createObjectBuilder()
                      .add("field", e.field())
                      .add("message", e.message())));
      body.add("errors", list);
    }
    return body.build().toString();
  }

  /** Seconds a client should wait before retrying a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(toJson());
    if (status == 503) {
      response.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return response.build();
  }
}
