package org.hubline.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The picture of demand for a filter: where needs come from (theme, need, hub, ward per 1,000,
 * channel) against the previous period of the same length, the trend per day or week, repeat and
 * complex demand, the vulnerability mix, referral outcomes by partner, each hub's backlog and
 * time to resolution against SLA, volunteer capacity, and alerts. Aggregates only; counts that
 * could identify someone show as "fewer than 5" ({@link #SUPPRESSED}).
 */
public record DemandDashboard(InsightFilter filter, String scope, Tally total, Tally requests, List<Tally> byTheme,
        List<Tally> byCategory, List<Tally> byHub, List<Tally> byWard, List<Tally> byChannel, List<WardOnMap> wardMap,
        boolean weekly,
        List<TrendPoint> trend, List<String> themes, List<Figure> repeatAndComplex, List<Tally> vulnerabilities,
        List<PartnerOutcome> referrals, List<HubWork> hubs, List<String> alerts, List<String> notes) {

    /** A ward where it sits on the hex map (offset coordinates), with its tally, or null if it had no needs. */
    public record WardOnMap(String wardCode, String wardName, int q, int r, Tally tally) {
    }

    /** One day or week of the trend: requests, needs, needs by theme, repeat requests. */
    public record TrendPoint(String label, LocalDate start, Long requests, Long needs, Long repeatRequests,
            Map<String, Long> needsByTheme) {
    }

    /** One headline figure with its previous-period value and the change, already made safe to show. */
    public record Figure(String label, String value, String previous, String change) {
    }

    /** What happened to referrals to one partner organisation in the period. */
    public record PartnerOutcome(String partner, String sent, String accepted, String declined, String completed,
            String couldNotHelp, String hoursToAccept) {
    }

    /** One hub's work: backlog now, resolution in the period against SLA, and volunteer capacity now. */
    public record HubWork(String hub, String openNow, String pastDueNow, String resolved, String withinSla,
            String daysToResolve, int activeVolunteers, int freeSlots, String needs, String needsPerVolunteer) {
    }

    /** A figure for a sentence: whole numbers with thousands separators ("5,779"), anything else as it is. */
    public static String inWords(String figure) {
        return figure != null && figure.matches("[0-9]{4,}") ? String.format(Locale.UK, "%,d",
                Long.parseLong(figure)) : figure;
    }

    /** Shown in place of a count too small to publish. */
    public static final String SUPPRESSED = "fewer than 5";
}
