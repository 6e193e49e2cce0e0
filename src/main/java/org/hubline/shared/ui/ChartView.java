package org.hubline.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (the {@code <hubline-chart>} element in
 * frontend/components). The chart is an image with an accessible description; pages always show
 * the same figures as a table beside it, so nothing is only in the picture.
 */
@Tag("hubline-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/hubline-chart.js")
public class ChartView extends Component {

    /** How the figures are drawn. */
    public enum Kind {
        BAR, LINE
    }

    /** One named line or set of bars. */
    public record Series(String name, List<? extends Number> values) {
    }

    private record Spec(String type, boolean horizontal, boolean stacked, String description, List<String> labels,
            List<Series> series) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String description = "";

    public ChartView() {
        getElement().getStyle().set("height", "260px");
    }

    /**
     * Draws the chart. {@code description} says in words what it shows (its accessible name), e.g.
     * "Bar chart of needs by hub: North 120, Central 80".
     */
    public void show(Kind kind, boolean horizontal, boolean stacked, String description, List<String> labels,
            List<Series> series) {
        this.description = description;
        getElement().setAttribute("data-chart", JSON.writeValueAsString(new Spec(
                kind == Kind.LINE ? "line" : "bar", horizontal, stacked, description, labels, series)));
    }

    /** What the chart shows, in words. */
    public String description() {
        return description;
    }
}
