package org.hubline.insight;

import static org.hubline.shared.Text.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.insight.DemandDashboard.HubWork;
import org.hubline.insight.DemandDashboard.PartnerOutcome;
import org.hubline.insight.DemandDashboard.TrendPoint;
import org.hubline.insight.Tile.Chart;
import org.hubline.insight.Tile.Kind;
import org.hubline.insight.Tile.Series;

/** Lays a dashboard out as tiles: the one shape the page, its charts and its CSV and XLSX exports share. */
public final class DashboardTiles {

    private DashboardTiles() {
    }

    public static List<Tile> of(DemandDashboard d) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(trend(d));
        tiles.add(tallies("theme", "Needs by theme", "Theme", d.byTheme(), false));
        tiles.add(tallies("ward", "Needs by ward", "Ward", d.byWard(), true));
        tiles.add(tallies("hub", "Needs by hub", "Hub", d.byHub(), false));
        tiles.add(tallies("need", "Needs by kind of need", "Need", d.byCategory(), false));
        tiles.add(tallies("channel", "Needs by channel", "Channel", d.byChannel(), false));
        tiles.add(repeat(d));
        tiles.add(tallies("vulnerability", "Requests by the resident's vulnerabilities", "Vulnerability",
                d.vulnerabilities(), false));
        tiles.add(referrals(d));
        tiles.add(backlog(d));
        tiles.add(capacity(d));
        return tiles;
    }

    private static Tile trend(DemandDashboard d) {
        String unit = d.weekly() ? "Week" : "Day";
        List<String> columns = new ArrayList<>(List.of(unit, "Requests", "Needs", "Repeat requests"));
        columns.addAll(d.themes().stream().map(t -> t + " needs").toList());
        List<List<String>> rows = new ArrayList<>();
        for (TrendPoint p : d.trend()) {
            List<String> row = new ArrayList<>(List.of(p.label(), text(p.requests()), text(p.needs()),
                    text(p.repeatRequests())));
            d.themes().forEach(t -> row.add(text(p.needsByTheme().get(t))));
            rows.add(row);
        }
        List<String> labels = d.trend().stream().map(TrendPoint::label).toList();
        long peakNeeds = d.trend().stream().map(TrendPoint::needs).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0);
        String peak = d.trend().stream().filter(p -> p.needs() != null && p.needs() == peakNeeds && peakNeeds > 0)
                .map(TrendPoint::label).findFirst().map(l -> "; the busiest " + unit.toLowerCase() + " was " + l
                        + " with " + DemandDashboard.inWords(String.valueOf(peakNeeds)) + " needs").orElse("");
        String summary = DemandDashboard.inWords(d.requests().shown()) + " requests carrying "
                + DemandDashboard.inWords(d.total().shown()) + " needs, "
                + unit.toLowerCase() + " by " + unit.toLowerCase() + peak + ".";
        List<Series> themeSeries = d.themes().stream().map(t -> new Series(t, d.trend().stream()
                .map(p -> p.needsByTheme().get(t)).toList())).toList();
        return new Tile("trend", "Requests and needs per " + unit.toLowerCase(), summary, columns, rows, List.of(
                new Chart(Kind.LINE, false, "Line chart of requests and needs per " + unit.toLowerCase() + ": "
                        + summary, labels, List.of(new Series("Requests", d.trend().stream()
                                .map(TrendPoint::requests).toList()), new Series("Needs", d.trend().stream()
                                        .map(TrendPoint::needs).toList()))),
                new Chart(Kind.STACKED_BAR, false, "Stacked bar chart of needs by theme per " + unit.toLowerCase()
                        + ": " + themeSummary(d), labels, themeSeries)));
    }

    private static String themeSummary(DemandDashboard d) {
        return d.byTheme().isEmpty() ? "no needs." : d.byTheme().stream().map(t -> t.label() + " "
                + DemandDashboard.inWords(t.shown())
                + (t.change().isEmpty() ? "" : " (" + t.change() + ")")).collect(Collectors.joining(", ")) + ".";
    }

    private static Tile tallies(String key, String title, String what, List<Tally> tallies, boolean rates) {
        List<String> columns = new ArrayList<>(List.of(what, key.equals("vulnerability") ? "Requests" : "Needs",
                "Previous period", "Change"));
        if (rates) {
            columns.add("Needs per 1,000 residents");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : tallies) {
            List<String> row = new ArrayList<>(List.of(t.label(), t.shown(), t.previousShown(), t.change()));
            if (rates) {
                row.add(t.ratePer1000() == null ? "" : String.valueOf(t.ratePer1000()));
            }
            rows.add(row);
        }
        String summary = tallies.isEmpty() ? "None in this period." : tallies.stream().limit(8)
                .map(t -> t.label() + " " + DemandDashboard.inWords(t.shown()) + (t.change().isEmpty() ? ""
                        : " (" + t.change() + ")"))
                .collect(Collectors.joining(", ")) + (tallies.size() > 8 ? ", and " + (tallies.size() - 8)
                        + " more in the table." : ".");
        List<Chart> charts = rates ? List.of() : List.of(new Chart(Kind.BAR, true, "Bar chart of " + title
                .toLowerCase() + ": " + summary, tallies.stream().map(Tally::label).toList(), List.of(
                        new Series("This period", tallies.stream().map(t -> t.suppressed() ? null : (long) t.count())
                                .toList()),
                        new Series("Previous period", tallies.stream().map(t -> t.previousSuppressed() ? null
                                : (long) t.previous()).toList()))));
        return new Tile(key, title, summary, columns, rows, charts);
    }

    private static Tile repeat(DemandDashboard d) {
        List<List<String>> rows = d.repeatAndComplex().stream().map(f -> List.of(f.label(), f.value(), f.previous(),
                f.change())).toList();
        String summary = d.repeatAndComplex().stream().skip(1).map(f -> f.label() + ": " + f.value()
                + (f.change().isEmpty() ? "" : " (" + f.change() + ")")).collect(Collectors.joining("; ")) + ".";
        List<Long> share = d.trend().stream().map(p -> p.requests() == null || p.repeatRequests() == null
                || p.requests() == 0 ? null : Math.round(100.0 * p.repeatRequests() / p.requests())).toList();
        return new Tile("repeat", "Repeat and complex demand", summary, List.of("Measure", "This period",
                "Previous period", "Change"), rows, List.of(new Chart(Kind.LINE, false,
                        "Line chart of the share of requests from repeat callers, in per cent, per "
                                + (d.weekly() ? "week" : "day") + ". " + summary,
                        d.trend().stream().map(TrendPoint::label).toList(),
                        List.of(new Series("Repeat requests (%)", share)))));
    }

    private static Tile referrals(DemandDashboard d) {
        List<List<String>> rows = d.referrals().stream().map(p -> List.of(p.partner(), p.sent(), p.accepted(),
                p.declined(), p.completed(), p.couldNotHelp(), p.hoursToAccept())).toList();
        String summary = d.referrals().isEmpty() ? "No referrals moved in this period." : d.referrals().stream()
                .map(p -> p.partner() + ": " + p.sent() + " sent, " + p.accepted() + " accepted, " + p.declined()
                        + " declined, " + p.completed() + " completed" + (p.hoursToAccept().isEmpty() ? ""
                                : ", accepted in " + p.hoursToAccept() + " hours on average"))
                .collect(Collectors.joining("; ")) + ".";
        List<String> labels = d.referrals().stream().map(PartnerOutcome::partner).toList();
        Function<Function<PartnerOutcome, String>, List<Long>> values = f -> d.referrals().stream()
                .map(p -> drawn(f.apply(p))).toList();
        return new Tile("referrals", "Referral outcomes by partner", summary, List.of("Partner", "Sent", "Accepted",
                "Declined", "Completed", "Could not help", "Average hours to accept"), rows, List.of(new Chart(
                        Kind.STACKED_BAR, true, "Stacked bar chart of referral outcomes by partner: " + summary, labels,
                        List.of(new Series("Accepted", values.apply(PartnerOutcome::accepted)),
                                new Series("Declined", values.apply(PartnerOutcome::declined)),
                                new Series("Completed", values.apply(PartnerOutcome::completed)),
                                new Series("Could not help", values.apply(PartnerOutcome::couldNotHelp))))));
    }

    private static Tile backlog(DemandDashboard d) {
        List<List<String>> rows = d.hubs().stream().map(h -> List.of(h.hub(), h.openNow(), h.pastDueNow(),
                h.resolved(), h.withinSla(), h.daysToResolve())).toList();
        String summary = d.hubs().stream().map(h -> h.hub() + ": " + h.openNow() + " open now, " + h.pastDueNow()
                + " past due; " + h.resolved() + " resolved" + (h.withinSla().isEmpty() ? ""
                        : ", " + h.withinSla() + " within SLA"))
                .collect(Collectors.joining("; ")) + ".";
        return new Tile("backlog", "Backlog and time to resolution against SLA", summary, List.of("Hub", "Open now",
                "Past due now", "Resolved in period", "Resolved within SLA", "Average days to resolve"), rows,
                List.of(new Chart(Kind.BAR, false, "Bar chart of open and past-due needs by hub now: " + summary,
                        d.hubs().stream().map(HubWork::hub).toList(), List.of(
                                new Series("Open now", d.hubs().stream().map(h -> drawn(h.openNow())).toList()),
                                new Series("Past due now", d.hubs().stream().map(h -> drawn(h.pastDueNow()))
                                        .toList())))));
    }

    private static Tile capacity(DemandDashboard d) {
        List<List<String>> rows = d.hubs().stream().map(h -> List.of(h.hub(), String.valueOf(h.activeVolunteers()),
                String.valueOf(h.freeSlots()), h.needs(), h.needsPerVolunteer())).toList();
        String summary = d.hubs().stream().map(h -> h.hub() + ": " + count(h.activeVolunteers(), "active volunteer")
                + ", " + count(h.freeSlots(), "free task slot") + ", " + DemandDashboard.inWords(h.needs())
                + ("1".equals(h.needs()) ? " need" : " needs") + " in the period")
                .collect(Collectors.joining("; ")) + ".";
        return new Tile("capacity", "Volunteer capacity against demand", summary, List.of("Hub", "Active volunteers",
                "Free task slots now", "Needs in period", "Needs per active volunteer"), rows,
                List.of(new Chart(Kind.BAR, false, "Bar chart of active volunteers and free task slots by hub: "
                        + summary, d.hubs().stream().map(HubWork::hub).toList(), List.of(
                                new Series("Active volunteers", d.hubs().stream()
                                        .map(h -> (long) h.activeVolunteers()).toList()),
                                new Series("Free task slots", d.hubs().stream().map(h -> (long) h.freeSlots())
                                        .toList())))));
    }

    /** A figure as shown, to draw: its number, or a gap where it is hidden. */
    private static Long drawn(String shown) {
        return shown.matches("[0-9]+") ? Long.parseLong(shown) : null;
    }

    private static String text(Long value) {
        return value == null ? DemandDashboard.SUPPRESSED : String.valueOf(value);
    }
}
