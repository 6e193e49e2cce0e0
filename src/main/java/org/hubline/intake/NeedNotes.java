package org.hubline.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by modules that do work on needs (referrals), so a resident's page can show it
 * beside each need: a line of text and, if any, a page to open.
 */
public interface NeedNotes {

    record Note(String text, String link) {
    }

    Map<Long, List<Note>> notesFor(Collection<Long> needIds);
}
