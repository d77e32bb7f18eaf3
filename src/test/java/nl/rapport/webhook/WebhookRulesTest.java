package nl.rapport.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookRulesTest {

  @Test
  void theSignatureIsTheContractsHmacOfTimeDotBody() {
    // expected value computed with Python's hmac module, not with this code
    assertEquals(
        "t=1764806400,v1=3ab74f3d0db03055d0297493f558910a6e627fdddadad7d856c1647ec081d85f",
        WebhookSignature.header("whsec_test_0123456789", 1764806400L, "{\"id\":\"e1\"}"));
  }

  @Test
  void retriesComeQuicklyFirstThenFurtherApartUntilTheAttemptsAreUsedUp() {
    RetrySchedule schedule = RetrySchedule.of("2, 10, 60", 5);
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    assertEquals(Optional.of(at.plusSeconds(2)), schedule.next(1, at));
    assertEquals(Optional.of(at.plusSeconds(10)), schedule.next(2, at));
    assertEquals(Optional.of(at.plusSeconds(60)), schedule.next(3, at));
    assertEquals(Optional.of(at.plusSeconds(60)), schedule.next(4, at), "the last delay repeats");
    assertEquals(Optional.empty(), schedule.next(5, at), "five attempts made: failed");
  }

  @Test
  void targetsInsideOurNetworkAreRefusedUnlessAllowed() throws Exception {
    for (String url :
        java.util.List.of(
            "http://127.0.0.1:8080/hook",
            "http://localhost/hook",
            "http://10.1.2.3/hook",
            "http://192.168.1.10/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hook",
            "http://[fd00::1]/hook",
            "http://0.0.0.0/hook")) {
      assertTrue(TargetGuard.refusal(url, false).isPresent(), url);
      assertEquals(Optional.empty(), TargetGuard.refusal(url, true), url + " when allowed");
    }
    assertFalse(TargetGuard.isPrivate(InetAddress.getByName("93.184.216.34")));
    assertTrue(TargetGuard.refusal("ftp://example.com/x", true).isPresent(), "http(s) only");
    assertTrue(TargetGuard.refusal("https://user:pw@example.com/x", true).isPresent());
    assertTrue(TargetGuard.refusal("not a url", true).isPresent());
  }
}
