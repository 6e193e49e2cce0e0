package org.hubline.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to write to and read the audit trail. Writing is open to every module and to
 * work done before anyone has signed in (a failed sign-in is audited too); reading is for admins.
 */
@Service
public class AuditTrail {

    private final AuditEntryStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEntryStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system" when nobody is signed in). */
    @PreAuthorize("permitAll()")
    @Transactional
    public void record(String action, String recordType, Object recordId, String detail) {
        recordAs(currentUser.actorName(), action, recordType, recordId, detail);
    }

    /** Records an action on behalf of a named actor, e.g. the username typed at a failed sign-in. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void recordAs(String actor, String action, String recordType, Object recordId, String detail) {
        store.insert(Instant.now(clock), truncate(actor, 100), truncate(action, 64), truncate(recordType, 64),
                recordId == null ? null : truncate(recordId.toString(), 64), truncate(detail, 1000));
    }

    /**
     * Records an action by the signed-in user in a transaction of its own, kept even when the work
     * around it is undone (a refusal, say).
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordApart(String action, String recordType, Object recordId, String detail) {
        recordAs(currentUser.actorName(), action, recordType, recordId, detail);
    }

    /**
     * Records that the signed-in user read these records' personal data, and why, as
     * {@code action} (e.g. RESIDENT_VIEWED). A read already recorded for the same user, record
     * and purpose within the last {@link #READ_REPEAT} is not recorded again, so a list shown page
     * by page, or matches shown as a caller's name is typed, do not flood the trail. Written in a
     * transaction of its own: the read happened even if the work around it is undone.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReads(String action, String recordType, Collection<?> recordIds, ReadPurpose purpose) {
        if (recordIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        String actor = truncate(currentUser.actorName(), 100);
        List<String> ids = new LinkedHashSet<>(recordIds).stream().map(id -> truncate(id.toString(), 64)).toList();
        Set<String> already = store.recordedSince(now.minus(READ_REPEAT), actor, truncate(action, 64),
                truncate(recordType, 64), ids, purpose.label());
        for (String id : ids) {
            if (!already.contains(id)) {
                store.insert(now, actor, truncate(action, 64), truncate(recordType, 64), id, purpose.label());
            }
        }
    }

    /** How long a repeated read by the same person for the same purpose is taken as the same read. */
    public static final Duration READ_REPEAT = Duration.ofMinutes(10);

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return store.search(filter, zone(), offset, limit);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return store.count(filter, zone());
    }

    /**
     * The latest entries about one record with the given action (e.g. who viewed a resident),
     * newest first. The calling service checks the caller may see the record.
     */
    @PreAuthorize("hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesFor(String recordType, Object recordId, String action, int limit) {
        return store.entriesFor(recordType, recordId.toString(), action, limit);
    }

    /** The actions recorded so far, for the admin's filter list. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return store.distinctActions();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
