package nl.rapport.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void exactlyTheFirstFourChannelsArePersonal() {
    assertEquals(
        EnumSet.of(Channel.VISIT, Channel.PHONE, Channel.VIDEO_CALL, Channel.EVENT),
        Arrays.stream(Channel.values())
            .filter(Channel::isPersonal)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
  }
}
