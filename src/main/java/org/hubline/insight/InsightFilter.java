package org.hubline.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a dashboard counts: a period (first and last day), and optionally one hub, one ward and
 * one need category. Each figure is compared with the previous period of the same length.
 */
public record InsightFilter(LocalDate from, LocalDate to, Long hubId, String wardCode, String categoryCode) {

    public InsightFilter {
        wardCode = wardCode == null || wardCode.isBlank() ? null : wardCode;
        categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
    }

    public static InsightFilter period(LocalDate from, LocalDate to) {
        return new InsightFilter(from, to, null, null, null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
