package nl.rapport.interaction;

import java.io.Serializable;
import java.time.Instant;
import nl.rapport.platform.Screens;

/** One line on the account's timeline, ready to show. */
public record TimelineEntry(
    String kind,
    Instant at,
    String when,
    String title,
    String detail,
    String who,
    boolean personal,
    String cssClass)
    implements Serializable {

  /** An entry that is no contact moment (a relationship change, a campaign touch). */
  public static TimelineEntry of(
      String kind, Instant at, String title, String detail, String who, String cssClass) {
    return new TimelineEntry(kind, at, Screens.dateTime(at), title, detail, who, false, cssClass);
  }
}
