package nl.rapport.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.rapport.account.Reframing;
import nl.rapport.account.RelationshipType;

/** {@code {"to", "reason"}}: a change of relationship type always says why. */
public record TransitionRequest(
    @NotNull RelationshipType to,
    @NotBlank @Size(max = Reframing.MAX_REASON_LENGTH) String reason) {

  /**
   * Declared so that the constraints stay on the fields only: Payara's OpenAPI scanner fails on
   * constraints that a record copies onto its canonical constructor's parameters.
   */
  public TransitionRequest(RelationshipType to, String reason) {
    this.to = to;
    this.reason = reason;
  }
}
