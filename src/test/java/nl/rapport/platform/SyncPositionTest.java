package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncPositionTest {

  private static final Instant AT = Instant.parse("2026-11-30T08:15:30.123456Z");
  private static final UUID ID = UUID.fromString("0b9f6c1e-3a4d-4e6f-8a9b-1c2d3e4f5a6b");

  @Test
  void noParameterIsNoFeed() {
    assertEquals(Optional.empty(), SyncPosition.of(null, null));
    assertEquals(Optional.empty(), SyncPosition.of(" ", ""));
  }

  @Test
  void updatedSinceStartsAtThatMomentInclusive() {
    SyncPosition since = SyncPosition.of("2026-11-30T08:15:30.123456Z", null).orElseThrow();
    assertEquals(new SyncPosition(AT, null), since);
    assertTrue(since.where("a").contains("a.updatedAt >= :syncAt"), since.where("a"));
  }

  @Test
  void aCursorGoesOnAfterTheRowItNamesToTheMicrosecond() {
    String cursor = SyncPosition.after(AT, ID).cursor();
    assertFalse(cursor.contains(ID.toString()), "opaque: " + cursor);
    SyncPosition back = SyncPosition.of(null, cursor).orElseThrow();
    assertEquals(AT, back.updatedAt());
    assertEquals(ID, back.id());
    assertTrue(back.where("c").contains("c.updatedAt = :syncAt and c.id > :syncId"));
    // a position from updatedSince survives the round trip too (an empty first page hands it back)
    SyncPosition since = new SyncPosition(AT, null);
    assertEquals(since, SyncPosition.of(null, since.cursor()).orElseThrow());
    SyncPosition beforeEpoch = SyncPosition.after(Instant.parse("1969-12-31T23:59:59.5Z"), ID);
    assertEquals(beforeEpoch, SyncPosition.of(null, beforeEpoch.cursor()).orElseThrow());
  }

  @Test
  void badParametersAreNamed() {
    assertEquals(
        "updatedSince",
        assertThrows(RapportException.class, () -> SyncPosition.of("yesterday", null)).field());
    assertEquals(
        "updatedSince",
        assertThrows(RapportException.class, () -> SyncPosition.of("2026-11-30", null)).field());
    assertEquals(
        "updatedSince",
        assertThrows(RapportException.class, () -> SyncPosition.of("+100000-01-01T00:00:00Z", null))
            .field());
    for (String bad :
        List.of(
            "not-a-cursor",
            "Zm9v",
            "MTIzOm5vdC1hLXV1aWQ",
            "%%%",
            java.util.Base64.getUrlEncoder().encodeToString("9223372036854775807:".getBytes()))) {
      RapportException refused =
          assertThrows(RapportException.class, () -> SyncPosition.of(null, bad), bad);
      assertEquals("cursor", refused.field());
      assertEquals(400, refused.status());
    }
    assertEquals(
        "cursor",
        assertThrows(
                RapportException.class,
                () -> SyncPosition.of(AT.toString(), SyncPosition.after(AT, ID).cursor()))
            .field());
  }

  @Test
  void aFeedPageTrimsTheLookAheadRowAndPointsAfterItsLastItem() {
    record Row(Instant updatedAt, UUID id) {}
    SyncPosition from = new SyncPosition(Instant.EPOCH, null);
    List<Row> rows =
        List.of(
            new Row(AT, UUID.randomUUID()),
            new Row(AT, ID),
            new Row(AT.plusSeconds(1), UUID.randomUUID()));
    Feed<Row> full = Feed.of(rows, 2, from, Row::updatedAt, Row::id);
    assertEquals(2, full.size());
    assertTrue(full.more());
    assertEquals(SyncPosition.after(AT, ID).cursor(), full.nextCursor());

    Feed<Row> last = Feed.of(rows, 3, from, Row::updatedAt, Row::id);
    assertFalse(last.more());
    assertEquals(3, last.items().size());

    Feed<Row> nothing = Feed.of(List.of(), 3, from, Row::updatedAt, Row::id);
    assertFalse(nothing.more());
    assertEquals(from.cursor(), nothing.nextCursor(), "nothing new: ask again from where you were");
  }

  @Test
  void feedSizeIsBounded() {
    assertEquals(SyncWindow.DEFAULT_SIZE, SyncWindow.size(null));
    assertEquals(500, SyncWindow.size("500"));
    assertEquals("size", assertThrows(RapportException.class, () -> SyncWindow.size("0")).field());
    assertEquals(
        "size", assertThrows(RapportException.class, () -> SyncWindow.size("501")).field());
    assertEquals(
        "size", assertThrows(RapportException.class, () -> SyncWindow.size("ten")).field());
  }
}
