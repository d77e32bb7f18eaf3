package nl.rapport.segment;

import java.time.Instant;
import java.util.UUID;

public record SegmentView(
    UUID id,
    String name,
    String description,
    SegmentCriteria criteria,
    boolean frozen,
    Instant frozenAt,
    String createdBy,
    Instant createdAt)
    implements java.io.Serializable {

  public static SegmentView of(Segment s) {
    return new SegmentView(
        s.getId(),
        s.getName(),
        s.getDescription(),
        SegmentService.criteria(s),
        s.isFrozen(),
        s.getFrozenAt(),
        s.getCreatedBy(),
        s.getCreatedAt());
  }
}
