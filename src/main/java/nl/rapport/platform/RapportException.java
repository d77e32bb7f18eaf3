package nl.rapport.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the caller can act on. As an application exception it reaches the resource unwrapped
 * and rolls the transaction back, so a refused change never half-happens.
 */
@ApplicationException(rollback = true)
public class RapportException extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;

  public RapportException(int status, String title, String field, String message) {
    super(message);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public static RapportException notFound(String what) {
    return new RapportException(404, "Not Found", null, what + " not found");
  }

  public static RapportException forbidden(String message) {
    return new RapportException(403, "Forbidden", null, message);
  }

  public static RapportException conflict(String message) {
    return new RapportException(409, "Conflict", null, message);
  }

  /** A well-formed request that breaks a domain rule: 422 naming the field. */
  public static RapportException invalid(String field, String message) {
    return new RapportException(422, "Unprocessable Content", field, message);
  }

  /** A malformed request parameter or header: 400 naming it. */
  public static RapportException badRequest(String field, String message) {
    return new RapportException(400, "Bad Request", field, message);
  }

  public static RapportException preconditionFailed(String message) {
    return new RapportException(412, "Precondition Failed", "If-Match", message);
  }

  public static RapportException preconditionRequired(String message) {
    return new RapportException(428, "Precondition Required", "If-Match", message);
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  public Problem problem() {
    List<Problem.FieldError> errors =
        field == null ? List.of() : List.of(new Problem.FieldError(field, getMessage()));
    return new Problem(status, title, getMessage(), errors);
  }
}
