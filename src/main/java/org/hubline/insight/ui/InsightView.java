package org.hubline.insight.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.insight.DashboardTiles;
import org.hubline.insight.DemandDashboard;
import org.hubline.insight.DemandInsight;
import org.hubline.insight.InsightFilter;
import org.hubline.insight.Tile;
import org.hubline.insight.TileFiles;
import org.hubline.places.Hub;
import org.hubline.places.Ward;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.ChartView;
import org.hubline.shared.validation.InvalidInputException;

/**
 * Demand insight: for directors and admins every hub, for coordinators their own. Where needs
 * come from (ward hex map by rate per 1,000, hubs, needs, channels), how demand is changing by
 * theme, repeat and complex demand, the vulnerability mix, referral outcomes, backlog against SLA
 * and volunteer capacity, with alerts in words. Each tile has charts with a text alternative, the
 * same figures as a table, and downloads as CSV and XLSX. Aggregates only: no page shows a name,
 * address or phone number, and small counts show as "fewer than 5".
 */
@Route("insight")
@PageTitle("Demand insight · Hubline")
@Menu(title = "Demand insight", order = 40, icon = "vaadin:chart")
@RolesAllowed({Roles.STRATEGIC_DIRECTOR, Roles.ADMIN, Roles.HUB_COORDINATOR})
public class InsightView extends Div {

    private final DemandInsight insight;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<Hub> hub = new Select<>();
    private final Select<Ward> ward = new Select<>();
    private final Select<String> need = new Select<>();
    private final Div tiles = new Div();
    private final Paragraph problem = new Paragraph();

    public InsightView(DemandInsight insight, CurrentUser currentUser, Clock clock) {
        this.insight = insight;
        LocalDate today = LocalDate.now(clock);
        boolean everyHub = currentUser.aggregateScope().all();
        filters(today, everyHub);
        tiles.setId("insight-tiles");
        tiles.addClassName("hubline-tiles");
        problem.addClassName("hubline-error");
        problem.setId("insight-problem");
        Div filters = new Div(from, to, hub, ward, need);
        filters.addClassName("hubline-filters");
        add(new H1("Demand insight"), new Paragraph("Requests and needs routed by the helpline, counted by day, hub, "
                + "ward and need: aggregates only. Each figure is compared with the previous period of the same "
                + "length; ward counts under 5 show as \"fewer than 5\"."), filters, problem);
        if (everyHub) {
            Button check = new Button("Check for alerts now", e -> {
                insight.checkAlerts();
                refresh();
            });
            check.setId("insight-check-alerts");
            add(check);
        }
        if (currentUser.hasAuthority("ROLE_" + Roles.ADMIN)) {
            Button recount = new Button("Count again from the records", e -> confirmRecount());
            recount.setId("insight-recount");
            add(recount);
        }
        add(tiles);
        refresh();
    }

    /** The period (the last four weeks to start with), hub, ward and need; a change counts again. */
    private void filters(LocalDate today, boolean everyHub) {
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setValue(today.minusDays(27));
        to.setValue(today);
        from.setId("insight-from");
        to.setId("insight-to");
        choice(hub, "Hub", "insight-hub", insight.hubChoices(), Hub::name, everyHub ? "Every hub" : "All my hubs");
        choice(ward, "Ward", "insight-ward", insight.wardChoices(), Ward::name, "Every ward");
        Map<String, String> categories = insight.categoryChoices();
        choice(need, "Need", "insight-need", categories.keySet(), c -> categories.getOrDefault(c, c), "Every need");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
    }

    /** A filter of the dashboard: choosing nothing means every one; each choice redraws the tiles. */
    private <T> void choice(Select<T> select, String label, String id, Collection<T> items,
            Function<T, String> name, String every) {
        select.setLabel(label);
        select.setId(id);
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? every : name.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(every);
        select.addValueChangeListener(e -> refresh());
    }

    /** Admins: rebuild every count from the records, after saying what it does. */
    private void confirmRecount() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Count again from the records?");
        dialog.add(new Paragraph("Every figure here is counted again from the calls, needs and referrals on "
                + "record, in one step: the dashboards show the old counts until the new ones are ready. Use it "
                + "after restoring a backup or if the counts are in doubt. In the demo, the made-up history goes."));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button go = new Button("Count again", e -> {
            String done = insight.rebuild();
            dialog.close();
            Notification.show(done, 6000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        go.setId("insight-recount-confirm");
        go.addThemeName("primary");
        dialog.getFooter().add(cancel, go);
        dialog.open();
    }

    private void refresh() {
        problem.setText("");
        tiles.removeAll();
        DemandDashboard d;
        try {
            d = insight.dashboard(new InsightFilter(from.getValue(), to.getValue(),
                    hub.getValue() == null ? null : hub.getValue().id(),
                    ward.getValue() == null ? null : ward.getValue().code(), need.getValue()));
        } catch (InvalidInputException e) {
            problem.setText(String.join(" ", e.fieldErrors().values()));
            return;
        }
        Paragraph total = headline(d);
        UnorderedList alerts = new UnorderedList();
        alerts.setId("insight-alerts");
        d.alerts().forEach(a -> alerts.add(new ListItem(a)));
        if (d.alerts().isEmpty()) {
            alerts.add(new ListItem("No alerts: no theme has risen sharply in any hub or ward."));
        }
        Section alertSection = new Section(new H2("Alerts"), alerts);
        alertSection.addClassName("hubline-tile-wide");
        tiles.add(total);
        if (!d.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("insight-notes");
            d.notes().forEach(n -> notes.add(new ListItem(n)));
            tiles.add(notes);
        }
        tiles.add(alertSection);
        for (Tile tile : DashboardTiles.of(d)) {
            tiles.add(tile(tile, d));
        }
    }

    /** The requests and needs in the period, against the previous period of the same length. */
    private static Paragraph headline(DemandDashboard d) {
        Paragraph total = new Paragraph(d.scope() + ", " + d.filter().from() + " to " + d.filter().to() + ": "
                + DemandDashboard.inWords(d.requests().shown()) + " requests for help carrying "
                + DemandDashboard.inWords(d.total().shown()) + " needs ("
                + (d.total().previous() == 0 && !d.total().previousSuppressed()
                        ? "none in the previous period of the same length"
                        : d.total().change().isEmpty() ? "previous period: "
                                + DemandDashboard.inWords(d.total().previousShown())
                                : d.total().change() + " on the previous period's "
                                        + DemandDashboard.inWords(d.total().previousShown()))
                + ").");
        total.setId("insight-total");
        total.addClassName("hubline-headline");
        return total;
    }

    private Section tile(Tile tile, DemandDashboard d) {
        Section section = new Section();
        section.addClassName("hubline-tile");
        section.setId("tile-" + tile.key());
        H2 title = new H2(tile.title());
        Paragraph summary = new Paragraph(tile.summary());
        summary.setId("insight-" + tile.key() + "-summary");
        section.add(title, summary);
        if (tile.key().equals("ward")) {
            section.add(DemandHexMap.of(d));
        }
        for (Tile.Chart c : tile.charts()) {
            ChartView chart = new ChartView();
            chart.addClassName("hubline-chart");
            chart.show(c.kind() == Tile.Kind.LINE ? ChartView.Kind.LINE : ChartView.Kind.BAR, c.horizontal(),
                    c.kind() == Tile.Kind.STACKED_BAR, c.description(), c.labels(), c.series().stream()
                            .map(s -> new ChartView.Series(s.name(), s.values())).toList());
            section.add(chart);
        }
        section.add(table(tile));
        Anchor csv = download(tile, d, "csv", "text/csv", TileFiles.csv(tile));
        Anchor xlsx = download(tile, d, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                TileFiles.xlsx(tile, d.scope(), d.filter()));
        Div downloads = new Div(csv, new Span(" · "), xlsx);
        downloads.addClassName("hubline-downloads");
        section.add(downloads);
        return section;
    }

    private Grid<List<String>> table(Tile tile) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("insight-" + tile.key() + "-table");
        grid.setAriaLabel(tile.title() + " (table)");
        for (int i = 0; i < tile.columns().size(); i++) {
            int column = i;
            grid.addColumn(row -> DemandDashboard.inWords(row.get(column))).setHeader(tile.columns().get(i)).setAutoWidth(true)
                    .setFlexGrow(column == 0 ? 1 : 0).setSortable(false);
        }
        grid.setItems(tile.rows());
        grid.setAllRowsVisible(tile.rows().size() <= 12);
        if (tile.rows().size() > 12) {
            grid.setHeight("24rem");
        }
        grid.setEmptyStateText("Nothing in this period.");
        return grid;
    }

    private Anchor download(Tile tile, DemandDashboard d, String extension, String type, byte[] content) {
        String name = TileFiles.name(tile, d.filter()) + "." + extension;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), name, type, content.length)),
                "Download " + tile.title().toLowerCase() + " (" + extension.toUpperCase() + ")");
        anchor.setId("insight-" + tile.key() + "-" + extension);
        return anchor;
    }
}
