package org.hubline.insight.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.hubline.insight.DemandDashboard;
import org.hubline.insight.Tally;
import org.hubline.shared.ui.WardHexMap;

/** The demand map: the borough's wards as hexes shaded by needs per 1,000 residents, with its legend. */
final class DemandHexMap {

    /** Fills for the hex map from low to high rate; the map's near-black labels keep 4.5:1 on each. */
    static final List<String> RATE_FILLS = List.of("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4a98c9");
    static final String NO_RATE_FILL = "#e0e0e0";

    private DemandHexMap() {
    }

    /** The wards as hexes coloured by needs per 1,000 residents; suppressed wards stay grey. */
    static Div of(DemandDashboard d) {
        double top = d.byWard().stream().filter(t -> t.ratePer1000() != null).mapToDouble(Tally::ratePer1000).max()
                .orElse(0);
        List<WardHexMap.Cell> cells = new ArrayList<>();
        for (DemandDashboard.WardOnMap ward : d.wardMap()) {
            Tally t = ward.tally();
            String fill = t == null || t.ratePer1000() == null || top == 0 ? NO_RATE_FILL
                    : RATE_FILLS.get(band(t.ratePer1000(), top));
            String detail = t == null ? "no needs" : t.suppressed() ? "fewer than 5 needs"
                    : t.shown() + " needs, " + t.ratePer1000() + " per 1,000 residents";
            cells.add(new WardHexMap.Cell(ward.wardCode(), ward.wardName(), ward.q(), ward.r(), fill, detail));
        }
        WardHexMap map = new WardHexMap();
        map.setId("insight-hexmap");
        String highest = d.byWard().stream().filter(t -> t.ratePer1000() != null)
                .sorted((a, b) -> Double.compare(b.ratePer1000(), a.ratePer1000())).limit(3)
                .map(t -> t.label() + " " + t.ratePer1000()).collect(Collectors.joining(", "));
        map.show(cells, "Needs per 1,000 residents by ward", "Hex map of the borough's wards shaded by needs per "
                + "1,000 residents, darker for higher rates" + (highest.isEmpty() ? "; no ward has enough needs to "
                        + "show a rate." : "; highest: " + highest + ".") + " The table below has every ward.");
        Div legend = new Div();
        legend.addClassName("hubline-legend");
        for (int i = 0; i < RATE_FILLS.size(); i++) {
            legend.add(swatch(RATE_FILLS.get(i), top == 0 ? "" : String.format(Locale.UK, "%.1f–%.1f",
                    top * i / RATE_FILLS.size(), top * (i + 1) / RATE_FILLS.size())));
        }
        legend.add(swatch(NO_RATE_FILL, "fewer than 5 or none"));
        return new Div(map, legend);
    }

    static int band(double rate, double top) {
        return Math.min(RATE_FILLS.size() - 1, (int) Math.floor(rate / top * RATE_FILLS.size()));
    }

    private static Span swatch(String fill, String text) {
        Span colour = new Span();
        colour.addClassName("hubline-swatch");
        colour.getStyle().set("background", fill);
        Span item = new Span(colour, new Span(text));
        item.addClassName("hubline-legend-item");
        return item;
    }
}
