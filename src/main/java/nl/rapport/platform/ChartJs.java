package nl.rapport.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** Chart.js configurations for p:chart, written with JSON-P. */
public final class ChartJs {

  private ChartJs() {}

  public static String bar(
      List<String> labels,
      List<? extends Number> values,
      List<String> colors,
      boolean horizontal,
      Integer max) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder v = Json.createArrayBuilder();
    values.forEach(n -> v.add(n.doubleValue()));
    JsonArrayBuilder c = Json.createArrayBuilder();
    colors.forEach(c::add);
    var scale =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    if (max != null) {
      scale.add("max", max);
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", l)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", v).add("backgroundColor", c))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", horizontal ? "y" : "x")
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", scale)))
        .build()
        .toString();
  }

  /** A plain vertical bar chart of counts in the house colour. */
  public static String bar(List<String> labels, List<? extends Number> values) {
    return bar(labels, values, List.of("#0b6e4f"), false, null);
  }

  public static String doughnut(
      List<String> labels, List<? extends Number> values, List<String> colors) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder v = Json.createArrayBuilder();
    values.forEach(n -> v.add(n.doubleValue()));
    JsonArrayBuilder c = Json.createArrayBuilder();
    colors.forEach(c::add);
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", l)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", v).add("backgroundColor", c))))
        .add(
            "options",
            Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
        .build()
        .toString();
  }
}
