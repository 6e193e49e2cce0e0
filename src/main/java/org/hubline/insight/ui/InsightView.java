package org.hubline.insight.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.insight.DemandDashboard;
import org.hubline.insight.DemandInsight;
import org.hubline.insight.Tally;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;

/**
 * The strategic director's picture of demand: needs by theme, category, hub, ward (per 1,000
 * residents, small counts suppressed) and channel for a period against the previous one, and
 * alerts in words. Aggregates only: no page shows a name, address or phone number. Each tile
 * downloads as CSV.
 */
@Route("insight")
@PageTitle("Demand insight · Hubline")
@Menu(title = "Demand insight", order = 40, icon = "vaadin:chart")
@RolesAllowed({Roles.STRATEGIC_DIRECTOR, Roles.ADMIN})
public class InsightView extends Div {

    private final DemandInsight insight;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<Hub> hub = new Select<>();
    private final Div tiles = new Div();
    private final Paragraph problem = new Paragraph();

    public InsightView(DemandInsight insight, HubDirectory places, Clock clock) {
        this.insight = insight;
        LocalDate today = LocalDate.now(clock);
        from.setLocale(java.util.Locale.UK);
        to.setLocale(java.util.Locale.UK);
        from.setValue(today.minusDays(27));
        to.setValue(today);
        from.setId("insight-from");
        to.setId("insight-to");
        hub.setLabel("Hub");
        hub.setItems(places.hubs());
        hub.setItemLabelGenerator(h -> h == null ? "Every hub" : h.name());
        hub.setEmptySelectionAllowed(true);
        hub.setEmptySelectionCaption("Every hub");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        hub.addValueChangeListener(e -> refresh());
        tiles.setId("insight-tiles");
        problem.addClassName("hubline-error");
        Div filters = new Div(from, to, hub);
        filters.addClassName("hubline-filters");
        Button check = new Button("Check for alerts now", e -> {
            insight.checkAlerts();
            refresh();
        });
        add(new H1("Demand insight"), new Paragraph("Needs routed by the helpline, counted by day, hub, ward and "
                + "need: aggregates only. Each figure is compared with the previous period of the same length; "
                + "ward counts under 5 show as \"fewer than 5\"."), filters, problem, check, tiles);
        refresh();
    }

    private void refresh() {
        problem.setText("");
        tiles.removeAll();
        DemandDashboard d;
        try {
            d = insight.dashboard(from.getValue(), to.getValue(), hub.getValue() == null ? null : hub.getValue().id());
        } catch (InvalidInputException e) {
            problem.setText(String.join(" ", e.fieldErrors().values()));
            return;
        }
        Paragraph total = new Paragraph(d.scope() + ", " + d.from() + " to " + d.to() + ": " + d.total().count()
                + " needs (" + (d.total().previous() == 0 ? "none in the previous period of the same length"
                        : d.total().change() + " on the previous period's " + d.total().previous()) + ").");
        total.setId("insight-total");
        UnorderedList alerts = new UnorderedList();
        alerts.setId("insight-alerts");
        d.alerts().forEach(a -> alerts.add(new ListItem(a)));
        if (d.alerts().isEmpty()) {
            alerts.add(new ListItem("No alerts: no theme has risen sharply in any hub."));
        }
        tiles.add(total, new Section(new H2("Alerts"), alerts), tile("By theme", "theme", d.byTheme(), false),
                tile("By hub", "hub", d.byHub(), false), tile("By ward", "ward", d.byWard(), true),
                tile("By need", "need", d.byCategory(), false), tile("By channel", "channel", d.byChannel(), false));
    }

    private Section tile(String title, String key, List<Tally> rows, boolean rates) {
        Grid<Tally> grid = new Grid<>(Tally.class, false);
        grid.setId("insight-" + key);
        grid.setAriaLabel(title);
        grid.addColumn(Tally::label).setHeader(title.replace("By ", "").substring(0, 1).toUpperCase()
                + title.replace("By ", "").substring(1)).setAutoWidth(true);
        grid.addColumn(Tally::shown).setHeader("Needs").setAutoWidth(true);
        grid.addColumn(Tally::change).setHeader("Change").setAutoWidth(true);
        if (rates) {
            grid.addColumn(t -> t.ratePer1000() == null ? "" : String.valueOf(t.ratePer1000()))
                    .setHeader("Per 1,000 residents").setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No needs in this period.");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv(rows, rates).getBytes(StandardCharsets.UTF_8)), "hubline-" + key
                        + ".csv", "text/csv", -1)), "Download " + title.toLowerCase() + " as CSV");
        csv.setId("insight-" + key + "-csv");
        return new Section(new H2(title), grid, csv);
    }

    /** The tile as CSV, with the same suppression as on screen. */
    static String csv(List<Tally> rows, boolean rates) {
        StringBuilder sb = new StringBuilder(rates ? "label,needs,previous,change,per_1000\n"
                : "label,needs,previous,change\n");
        for (Tally t : rows) {
            sb.append('"').append(t.label().replace("\"", "\"\"")).append("\",").append(t.shown()).append(',')
                    .append(t.previousSuppressed() ? "fewer than 5" : String.valueOf(t.previous())).append(',')
                    .append(t.change());
            if (rates) {
                sb.append(',').append(t.ratePer1000() == null ? "" : t.ratePer1000());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
