package org.hubline.places;

import java.time.Instant;
import java.util.List;

/** Where an import of a postcode file has got to, and what it refused. */
public record PostcodeImportStatus(long id, String sourceName, String format, State state, long rowsRead,
        long rowsImported, long rowsRejected, double progress, String message, Instant startedAt,
        Instant finishedAt, List<RejectedRow> rejections) {

    public enum State {
        /** Still reading; the previous directory stays in force. */
        RUNNING,
        /** Complete and in force. */
        ACTIVE,
        /** Was in force until a newer import completed. */
        SUPERSEDED,
        /** Stopped by an error; nothing of it was used. */
        FAILED,
        /** Not a file Hubline can read (wrong columns); nothing of it was used. */
        REFUSED
    }

    /** A row that was not imported, by its line number in the file. */
    public record RejectedRow(long line, String reason) {
    }

    public boolean finished() {
        return state != State.RUNNING;
    }
}
