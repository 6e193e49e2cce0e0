package org.hubline.insight;

import java.time.LocalDate;
import java.util.List;

/** The director's picture of demand for a period, each figure against the previous period. */
public record DemandDashboard(LocalDate from, LocalDate to, String scope, Tally total, List<Tally> byTheme,
        List<Tally> byCategory, List<Tally> byHub, List<Tally> byWard, List<Tally> byChannel, List<String> alerts) {
}
