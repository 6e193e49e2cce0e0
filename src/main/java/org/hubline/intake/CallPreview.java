package org.hubline.intake;

import org.hubline.places.Route;

/** What a call would do if saved now: its priority with reasons, and where its needs would go. */
public record CallPreview(Triage.Result triage, Route route) {
}
