package nl.rapport.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.rapport.account.Channel;
import nl.rapport.engagement.engine.EngagementFacts.Moment;
import nl.rapport.engagement.engine.MomentTally;
import nl.rapport.interaction.Purpose;
import org.junit.jupiter.api.Test;

class MomentTallyJsonTest {

  @Test
  void readsBackExactlyWhatItWrote() {
    Instant now = Instant.parse("2026-12-01T10:15:30.123456789Z");
    MomentTally tally =
        MomentTally.of(
            List.of(
                new Moment(
                    UUID.randomUUID(),
                    Instant.parse("2025-03-04T05:06:07.891Z"),
                    Channel.EVENT,
                    Purpose.CO_CREATION,
                    6,
                    9,
                    4),
                new Moment(
                    UUID.randomUUID(),
                    Instant.parse("2026-11-30T00:00:00Z"),
                    Channel.EMAIL,
                    Purpose.APPRECIATION,
                    null,
                    null,
                    null),
                new Moment(
                    UUID.randomUUID(),
                    Instant.parse("2026-11-01T00:00:00Z"),
                    Channel.VISIT,
                    Purpose.CHECK_IN,
                    2,
                    null,
                    null)),
            180,
            now);

    MomentTally read = MomentTallyJson.read(180, now, MomentTallyJson.write(tally));

    assertEquals(tally.groups(), read.groups(), "kinds, counts, weights to the last bit, latest");
    assertEquals(tally.weightsAt(), read.weightsAt());
  }
}
