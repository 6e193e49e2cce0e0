package org.hubline.intake;

import java.util.List;

/**
 * Implemented by modules with their own record of a resident (casework), so the resident's page
 * shows it alongside requests, calls and referrals: a titled panel of lines, with a page to open.
 */
public interface ResidentPanels {

    /**
     * {@code open}: shown to a handler taking a call too — something still being worked (an open
     * case), or something to do while they are on the line (raise a safeguarding concern).
     */
    record Panel(String title, List<String> lines, String link, boolean open) {
    }

    /** Panels about the resident the signed-in user may see (none otherwise). */
    List<Panel> panelsFor(long residentId);
}
