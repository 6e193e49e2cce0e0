package org.hubline.residents;

import java.time.Instant;

/** One answer about consent, as recorded: to hold the resident's data, or to share it with partners. */
public record ConsentChange(Kind kind, boolean given, String recordedBy, Instant recordedAt, String note) {

    public enum Kind {
        HOLD("Consent to hold their data"), SHARE("Consent to share with partners");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
