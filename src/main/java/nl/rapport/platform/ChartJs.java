package nl.rapport.platform;

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
    JsonArrayBuilder l = JsonFactories.BUILDERS.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder v = JsonFactories.BUILDERS.createArrayBuilder();
    values.forEach(n -> v.add(n.doubleValue()));
    JsonArrayBuilder c = JsonFactories.BUILDERS.createArrayBuilder();
    colors.forEach(c::add);
    var scale =
        JsonFactories.BUILDERS
            .createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", JsonFactories.BUILDERS.createObjectBuilder().add("precision", 0));
    if (max != null) {
      scale.add("max", max);
    }
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("labels", l)
                .add(
                    "datasets",
                    JsonFactories.BUILDERS
                        .createArrayBuilder()
                        .add(
                            JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("data", v)
                                .add("backgroundColor", c))))
        .add(
            "options",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("indexAxis", horizontal ? "y" : "x")
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add(
                            "legend",
                            JsonFactories.BUILDERS.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add(horizontal ? "x" : "y", scale)))
        .build()
        .toString();
  }

  /** A plain vertical bar chart of counts in the house colour. */
  public static String bar(List<String> labels, List<? extends Number> values) {
    return bar(labels, values, List.of("#0b6e4f"), false, null);
  }

  public static String doughnut(
      List<String> labels, List<? extends Number> values, List<String> colors) {
    JsonArrayBuilder l = JsonFactories.BUILDERS.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder v = JsonFactories.BUILDERS.createArrayBuilder();
    values.forEach(n -> v.add(n.doubleValue()));
    JsonArrayBuilder c = JsonFactories.BUILDERS.createArrayBuilder();
    colors.forEach(c::add);
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("labels", l)
                .add(
                    "datasets",
                    JsonFactories.BUILDERS
                        .createArrayBuilder()
                        .add(
                            JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("data", v)
                                .add("backgroundColor", c))))
        .add(
            "options",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false))
        .build()
        .toString();
  }
}
