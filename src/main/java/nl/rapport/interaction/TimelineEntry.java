package nl.rapport.interaction;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.rapport.platform.Screens;

/**
 * One line on the account's timeline, ready to show. {@code correctable} names the contact moment
 * the viewer may correct (null for other entries, and for a private note the viewer cannot read).
 */
public record TimelineEntry(
    String kind,
    Instant at,
    String when,
    String title,
    String detail,
    String who,
    boolean personal,
    String cssClass,
    UUID correctable)
    implements Serializable {

  /** An entry that is no contact moment (a relationship change, a campaign touch). */
  public static TimelineEntry of(
      String kind, Instant at, String title, String detail, String who, String cssClass) {
    return new TimelineEntry(
        kind, at, Screens.dateTime(at), title, detail, who, false, cssClass, null);
  }
}
