package org.hubline.referrals;

import java.util.List;

/** How an ORUK import went: services imported, or the problems found (and then nothing imported). */
public record ImportReport(int imported, List<String> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
