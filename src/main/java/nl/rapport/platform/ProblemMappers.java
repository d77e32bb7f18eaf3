package nl.rapport.platform;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every error leaves the API as application/problem+json; bad input is never a 500. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  private ProblemMappers() {}

  /**
   * Maps any throwable to its problem; shared by the mappers below. The whole cause chain is
   * searched, most telling kind first: the container wraps what went wrong, sometimes twice.
   */
  static Problem problemFor(Throwable error) {
    Optional<RapportException> refusal = Causes.find(error, RapportException.class);
    if (refusal.isPresent()) {
      return refusal.get().problem();
    }
    Optional<ConstraintViolationException> invalid =
        Causes.find(error, ConstraintViolationException.class);
    if (invalid.isPresent()) {
      return validation(invalid.get());
    }
    Optional<Problem> away = DatabaseOutage.problemFor(error);
    if (away.isPresent()) {
      return away.get();
    }
    if (Causes.find(error, OptimisticLockException.class).isPresent()
        || Causes.find(error, org.hibernate.StaleStateException.class).isPresent()) {
      return new Problem(
          412,
          "Precondition Failed",
          "The resource was changed by someone else; GET it again and retry.",
          List.of());
    }
    if (Causes.violatesUnique(error, "ux_account_external_id")
        || Causes.violatesUnique(error, "ux_contact_external_id")) {
      // two requests gave the same key at once: the loser learns which field
      return new Problem(
          409,
          "Conflict",
          "Another record was given this externalId at the same moment.",
          List.of(new Problem.FieldError("externalId", "another record has this externalId")));
    }
    if (Causes.find(error, org.hibernate.exception.ConstraintViolationException.class)
        .isPresent()) {
      return new Problem(
          409,
          "Conflict",
          "The change conflicts with data that exists now (another request may just have made the"
              + " same change); GET the current state and retry if it is still needed.",
          List.of());
    }
    if (Causes.find(error, jakarta.persistence.PessimisticLockException.class).isPresent()
        || Causes.find(error, jakarta.persistence.LockTimeoutException.class).isPresent()
        || Causes.find(error, org.hibernate.PessimisticLockException.class).isPresent()
        || Causes.find(error, org.hibernate.exception.LockAcquisitionException.class).isPresent()) {
      return new Problem(
          409,
          "Conflict",
          "Someone else is changing the same thing right now; retry in a moment.",
          List.of());
    }
    for (Throwable t : Causes.of(error)) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return unreadable(t);
      }
      if (t instanceof WebApplicationException wae) {
        Response.StatusType status = wae.getResponse().getStatusInfo();
        if (wae.getCause() instanceof JsonbException || wae.getCause() instanceof JsonException) {
          return unreadable(wae.getCause());
        }
        return new Problem(
            status.getStatusCode(), status.getReasonPhrase(), wae.getMessage(), List.of());
      }
      if (t instanceof ProcessingException) {
        return unreadable(t);
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure", error);
    return new Problem(
        500,
        "Internal Server Error",
        "An unexpected error occurred; it has been logged.",
        List.of());
  }

  static Problem validation(ConstraintViolationException cve) {
    List<Problem.FieldError> errors =
        cve.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.validation("The request has invalid fields.", errors);
  }

  /** "create.arg1.name" or "create.input.name" becomes "name"; a bare parameter keeps its name. */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    boolean afterParameter = false;
    String parameterName = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> {
          afterParameter = true;
          parameterName = node.getName();
        }
        default -> {
          // a node inside a list carries the position: values[2], items[0].name
          if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
            field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
            field.append(']');
          }
          if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
            if (field.length() > 0) {
              field.append('.');
            }
            field.append(node.getName());
          }
        }
      }
    }
    if (field.length() == 0) {
      return afterParameter && parameterName != null ? parameterName : "body";
    }
    return field.toString();
  }

  static Problem unreadable(Throwable t) {
    String message = t.getMessage() == null ? "" : t.getMessage();
    Throwable cause = t.getCause();
    while (cause != null) {
      message = message + " " + cause.getMessage();
      cause = cause.getCause();
    }
    Matcher m = PROPERTY.matcher(message);
    String field = m.find() ? m.group(1) : "body";
    String detail =
        field.equals("body")
            ? "The request body is not valid JSON for this resource."
            : "The value of '" + field + "' cannot be read (wrong type or unknown value).";
    return Problem.validation(detail, List.of(new Problem.FieldError(field, detail)));
  }

  @Provider
  public static class RapportExceptionMapper implements ExceptionMapper<RapportException> {
    @Override
    public Response toResponse(RapportException e) {
      return e.problem().toResponse();
    }
  }

  @Provider
  public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return validation(e).toResponse();
    }
  }

  @Provider
  public static class JsonbMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(e).toResponse();
    }
  }

  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadable(e).toResponse();
    }
  }

  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      Problem problem = problemFor(e);
      Response.ResponseBuilder builder =
          Response.status(problem.status()).type(Problem.PROBLEM_JSON).entity(problem.toJson());
      // keep headers such as Allow or WWW-Authenticate
      original
          .getStringHeaders()
          .forEach(
              (k, v) -> {
                if (!k.equalsIgnoreCase("Content-Type") && !k.equalsIgnoreCase("Content-Length")) {
                  v.forEach(value -> builder.header(k, value));
                }
              });
      return builder.build();
    }
  }

  @Provider
  public static class EjbMapper implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      return problemFor(e).toResponse();
    }
  }

  @Provider
  public static class FallbackMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return problemFor(e).toResponse();
    }
  }
}
