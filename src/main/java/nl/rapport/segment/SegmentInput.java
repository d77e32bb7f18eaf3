package nl.rapport.segment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {"name", "description", "criteria": {...}}} */
public record SegmentInput(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 1000) String description,
    @Valid @NotNull SegmentCriteria criteria) {

  /** Declared so that the constraints stay on the fields (see docs/decisions.md). */
  public SegmentInput(String name, String description, SegmentCriteria criteria) {
    this.name = name;
    this.description = description;
    this.criteria = criteria;
  }
}
