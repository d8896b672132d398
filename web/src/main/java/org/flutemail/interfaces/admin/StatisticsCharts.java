package org.flutemail.interfaces.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import org.flutemail.application.StatisticsService.Period;

/**
 * The Chart.js configurations that {@code p:chart} draws (its {@code value} is the configuration as
 * JSON): messages in, out and refused per hour (a line) and per day (bars). Labels are UTC.
 */
final class StatisticsCharts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The series' labels, in the order in, out, refused (from the page's language). */
    record Labels(String in, String out, String rejected) {
    }

    private StatisticsCharts() {
    }

    static String hourly(List<Period> periods, Labels labels) {
        return chart("line", periods, HOUR, labels);
    }

    static String daily(List<Period> periods, Labels labels) {
        return chart("bar", periods, DAY, labels);
    }

    private static String chart(String type, List<Period> periods, DateTimeFormatter format, Labels labels) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        periods.forEach(p -> names.add(format.format(p.start())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(series(labels.in(), "#2f6db5", periods, Period::in))
                .add(series(labels.out(), "#3a9d5d", periods, Period::out))
                .add(series(labels.rejected(), "#c0392b", periods, Period::rejected));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false) // drawn at once: screenshots and slow machines see the final chart
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static JsonObjectBuilder series(String label, String colour, List<Period> periods, ToLongFunction<Period> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        periods.forEach(p -> data.add(value.applyAsLong(p)));
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("pointRadius", 1);
    }
}
