package org.hubline.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * The borough as a hex cartogram: one hexagon per ward, laid out in offset coordinates
 * (HexJSON "odd-r"), drawn as SVG. Each hex carries its ward's name as text and a title with
 * the details, and the whole map has a text alternative; a table of the same data sits beside it.
 */
@Tag("div")
public class WardHexMap extends Component {

    /** One ward's hex: where it sits, its colour and what it says. */
    public record Cell(String wardCode, String wardName, int q, int r, String fill, String detail) {
    }

    private static final double SIZE = 38;
    private static final double WIDTH = Math.sqrt(3) * SIZE;
    private static final double HEIGHT = 2 * SIZE;

    public WardHexMap() {
        getElement().setAttribute("class", "hubline-hexmap");
    }

    /** Draws the cells; {@code description} is read out as the map's text alternative. */
    public void show(List<Cell> cells, String title, String description) {
        getElement().removeAllChildren();
        int maxQ = cells.stream().mapToInt(Cell::q).max().orElse(0);
        int maxR = cells.stream().mapToInt(Cell::r).max().orElse(0);
        double width = (maxQ + 1.5) * WIDTH + 4;
        double height = maxR * HEIGHT * 0.75 + HEIGHT + 4;

        Element svg = new Element("svg");
        svg.setAttribute("viewBox", "0 0 " + fmt(width) + " " + fmt(height));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", "hexmap-title hexmap-desc");
        svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
        svg.setAttribute("class", "hubline-hexmap-svg");
        svg.setAttribute("style", "aspect-ratio: " + fmt(width) + " / " + fmt(height));
        svg.appendChild(text("title", title).setAttribute("id", "hexmap-title"));
        svg.appendChild(text("desc", description).setAttribute("id", "hexmap-desc"));
        cells.forEach(cell -> svg.appendChild(hex(cell)));
        getElement().appendChild(svg);
    }

    /** One ward's hexagon, at its place in the odd-r layout, with its name abbreviated on it. */
    private static Element hex(Cell cell) {
        double cx = 2 + WIDTH / 2 + cell.q() * WIDTH + (Math.floorMod(cell.r(), 2) == 1 ? WIDTH / 2 : 0);
        double cy = 2 + SIZE + cell.r() * HEIGHT * 0.75;
        Element group = new Element("g");
        group.setAttribute("class", "hubline-hex");
        group.setAttribute("data-ward", cell.wardCode());
        group.appendChild(text("title", cell.wardName() + ": " + cell.detail()));
        Element hex = new Element("polygon");
        hex.setAttribute("points", points(cx, cy));
        hex.setAttribute("fill", cell.fill());
        hex.setAttribute("stroke", "#ffffff");
        hex.setAttribute("stroke-width", "2");
        group.appendChild(hex);
        String[] words = abbreviate(cell.wardName());
        for (int i = 0; i < words.length; i++) {
            Element label = text("text", words[i]);
            label.setAttribute("x", fmt(cx));
            label.setAttribute("y", fmt(cy + (i - (words.length - 1) / 2.0) * 11 + 3.5));
            label.setAttribute("text-anchor", "middle");
            label.setAttribute("font-size", "10");
            label.setAttribute("fill", "#0b0c0c");
            label.setAttribute("aria-hidden", "true");
            group.appendChild(label);
        }
        return group;
    }

    private static Element text(String tag, String content) {
        Element e = new Element(tag);
        e.setText(content);
        return e;
    }

    /** Splits a ward's name over up to two short lines to fit its hex. */
    static String[] abbreviate(String name) {
        String shortName = name.replace("Saddleworth", "Saddlew.").replace("Chadderton", "Chadd.")
                .replace("Failsworth", "Failsw.").replace(" & ", " &\u00a0");
        if (shortName.length() <= 11) {
            return new String[] {shortName};
        }
        int cut = shortName.lastIndexOf(' ', 12);
        if (cut <= 0) {
            return new String[] {shortName.substring(0, 11)};
        }
        return new String[] {shortName.substring(0, cut), shortName.substring(cut + 1)};
    }

    private static String points(double cx, double cy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 30);
            sb.append(fmt(cx + SIZE * Math.cos(angle))).append(',').append(fmt(cy + SIZE * Math.sin(angle))).append(' ');
        }
        return sb.toString().trim();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
