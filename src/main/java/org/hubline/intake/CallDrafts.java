package org.hubline.intake;

import java.util.Optional;

import java.time.Clock;

import org.hubline.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-done call of the signed-in user, kept on the server as they type so it survives
 * navigating away, a refresh or a lost connection. Logging the call clears it.
 */
@Service
@Transactional
public class CallDrafts {

    /** Longer drafts are refused rather than cut, so nothing is silently lost. */
    public static final int MAX_LENGTH = 20_000;

    private final CallDraftStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    CallDrafts(CallDraftStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public Optional<String> load() {
        return store.draft(currentUser.require().getUsername());
    }

    /** Saves the draft; false if it is too long to keep. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public boolean save(String content) {
        if (content.length() > MAX_LENGTH) {
            return false;
        }
        store.saveDraft(currentUser.require().getUsername(), content, clock.instant());
        return true;
    }

    @PreAuthorize(CallIntake.LOGS_CALLS)
    public void discard() {
        store.deleteDraft(currentUser.require().getUsername());
    }
}
