package nl.rapport.segment;

import java.util.UUID;

/**
 * A segment is about to be deleted, in the deleting transaction. A feature that still relies on it
 * (a campaign's audience) refuses by throwing a {@code RapportException}, which rolls the delete
 * back; the segment feature does not know who uses it.
 */
public record SegmentRemoval(UUID segmentId) {}
