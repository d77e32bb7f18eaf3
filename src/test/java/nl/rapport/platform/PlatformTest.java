package nl.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void pagingDefaultsAndBounds() {
    assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    assertEquals(40, new PageRequest(2, 20).offset());
    assertEquals(
        "size", assertThrows(RapportException.class, () -> PageRequest.of(0, 201)).field());
    assertEquals("size", assertThrows(RapportException.class, () -> PageRequest.of(0, 0)).field());
    assertEquals(
        "page", assertThrows(RapportException.class, () -> PageRequest.of(-1, 20)).field());
    assertEquals(
        "page", assertThrows(RapportException.class, () -> Params.page("x", null)).field());
  }

  @Test
  void aPageHasTheContractShape() {
    String json = jakarta.json.bind.JsonbBuilder.create().toJson(Page.all(List.of("a", "b")));
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    assertEquals(2, body.getJsonArray("items").size(), json);
    assertEquals(2, body.getInt("total"));
    assertEquals(0, body.getInt("page"));
    assertEquals(2, body.getInt("size"));
  }

  @Test
  void ifMatchIsRequiredAndMustMatch() {
    assertEquals(
        428, assertThrows(RapportException.class, () -> Versioning.expectedVersion(null)).status());
    assertEquals(3L, Versioning.expectedVersion("\"3\""));
    assertEquals(3L, Versioning.expectedVersion("W/\"3\""));
    assertEquals(
        412,
        assertThrows(RapportException.class, () -> Versioning.expectedVersion("\"abc\"")).status());
    assertEquals(412, assertThrows(RapportException.class, () -> Versioning.check(2, 3)).status());
    Versioning.check(3, 3);
  }

  @Test
  void problemJsonHasTheContractShape() {
    String json =
        new Problem(
                400,
                "Bad Request",
                "Invalid",
                List.of(new Problem.FieldError("name", "must not be blank")))
            .toJson();
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    assertEquals(400, body.getInt("status"));
    assertEquals("Bad Request", body.getString("title"));
    assertEquals("Invalid", body.getString("detail"));
    assertEquals("name", body.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void enumParametersAreCheckedByName() {
    assertEquals(Thread.State.NEW, Params.enumValue(Thread.State.class, "new", "state"));
    RapportException bad =
        assertThrows(
            RapportException.class, () -> Params.enumValue(Thread.State.class, "OLD", "state"));
    assertEquals(400, bad.status());
    assertEquals("state", bad.field());
  }

  @Test
  void messagesNestAndTranslateTheirArguments() {
    assertEquals(
        "Best recent moment: Customer effort 6/7 (83 points); weighs 40%",
        Messages.format(
            java.util.Locale.ENGLISH, "evidence.peak", List.of("83", "evidence.effort|6|83")));
    assertEquals(
        "Participatie: Community, Co-creatie",
        Messages.format(
            java.util.Locale.forLanguageTag("nl"),
            "evidence.participation",
            List.of("COMMUNITY", "CO_CREATION")));
    assertEquals(
        "no.such.key [a]", Messages.format(java.util.Locale.ENGLISH, "no.such.key", List.of("a")));
  }

  record Sample(String name, Thread.State state, LocalDate day, Integer count) {}

  @Test
  void anUnreadableBodyNamesTheFieldAtFault() {
    assertEquals(
        "state",
        JsonBodyReader.explain(Sample.class, "{\"name\":\"a\",\"state\":\"SLEEPY\"}").field());
    assertEquals("day", JsonBodyReader.explain(Sample.class, "{\"day\":\"tomorrow\"}").field());
    assertEquals("count", JsonBodyReader.explain(Sample.class, "{\"count\":\"many\"}").field());
    assertEquals("body", JsonBodyReader.explain(Sample.class, "{\"name\":").field());
    assertEquals("body", JsonBodyReader.explain(Sample.class, "[1,2]").field());
  }
}
