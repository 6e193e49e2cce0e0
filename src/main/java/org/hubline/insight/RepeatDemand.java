package org.hubline.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hubline.insight.DemandDashboard.Figure;
import org.hubline.insight.RollupReads.RequestCounts;

/** The repeat and complex demand tile: shares of requests from repeat and complex callers, and needs per request. */
final class RepeatDemand {

    private RepeatDemand() {
    }

    static List<Figure> figures(RequestCounts now, RequestCounts before, Disclosure disclosure) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Requests for help", disclosure.shown(now.requests()),
                disclosure.shown(before.requests()), Tally.change(now.requests(), before.requests(),
                        disclosure.hidesEither(now.requests(), before.requests()))));
        figures.add(share("From residents with 2 or more requests in 28 days (repeat demand)", now.repeat(),
                now.requests(), before.repeat(), before.requests(), disclosure));
        figures.add(share("From residents asking in 3 or more need categories in 28 days (complex demand)",
                now.complex(), now.requests(), before.complex(), before.requests(), disclosure));
        figures.add(needsPerRequest(now, before, disclosure));
        return figures;
    }

    private static Figure needsPerRequest(RequestCounts now, RequestCounts before, Disclosure disclosure) {
        boolean hide = disclosure.hidesEither(now.requests(), before.requests());
        if (hide) {
            return new Figure("Needs per request", DemandDashboard.SUPPRESSED, DemandDashboard.SUPPRESSED, "");
        }
        return new Figure("Needs per request", perRequest(now), perRequest(before),
                now.requests() == 0 || before.requests() == 0 ? ""
                        : difference((double) now.needs() / now.requests()
                                - (double) before.needs() / before.requests()));
    }

    private static String perRequest(RequestCounts counts) {
        return counts.requests() == 0 ? "none"
                : String.format(Locale.UK, "%.2f", (double) counts.needs() / counts.requests());
    }

    private static String difference(double value) {
        String text = String.format(Locale.UK, "%+.2f", value);
        return text.equals("+0.00") || text.equals("-0.00") ? "no change" : text;
    }

    private static Figure share(String label, long part, long whole, long partBefore, long wholeBefore,
            Disclosure disclosure) {
        return new Figure(label, shareText(part, whole, disclosure), shareText(partBefore, wholeBefore, disclosure),
                disclosure.hidesEither(part, partBefore) || whole == 0 || wholeBefore == 0 ? ""
                        : points(100.0 * part / whole - 100.0 * partBefore / wholeBefore));
    }

    private static String shareText(long part, long whole, Disclosure disclosure) {
        if (disclosure.hides(part)) {
            return DemandDashboard.SUPPRESSED;
        }
        return whole == 0 ? "none" : part + " (" + Math.round(100.0 * part / whole) + "%)";
    }

    private static String points(double difference) {
        long rounded = Math.round(difference);
        return rounded == 0 ? "no change" : (rounded > 0 ? "+" : "") + rounded + (Math.abs(rounded) == 1 ? " point" : " points");
    }
}
