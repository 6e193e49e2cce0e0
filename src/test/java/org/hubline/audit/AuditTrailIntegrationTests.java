package org.hubline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail records who did what and admins can find it again. On H2 and PostgreSQL. */
abstract class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.nobody();
        clock.reset();
    }

    @Test
    void anActionIsRecordedAgainstTheSignedInUserAndFoundByEveryFilter() {
        String recordId = UUID.randomUUID().toString();
        signedIn.as("coordinator");
        clock.set(Instant.parse("2026-03-10T09:30:00Z"));
        audit.record("TEST_VIEWED", "TEST_RECORD", recordId, "Looked at it");
        clock.advance(Duration.ofDays(2));
        audit.record("TEST_CHANGED", "TEST_RECORD", recordId, "Changed it");

        signedIn.as("admin");
        var byRecord = new AuditFilter(null, null, "TEST_RECORD", recordId, null, null);
        assertThat(audit.count(byRecord)).isEqualTo(2);
        assertThat(audit.search(byRecord, 0, 10)).extracting(AuditEntry::action)
                .containsExactly("TEST_CHANGED", "TEST_VIEWED");
        assertThat(audit.search(byRecord, 0, 10).get(0).actor()).isEqualTo("coordinator");

        var firstDayOnly = new AuditFilter("COORDINATOR", null, "TEST_RECORD", recordId, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 10));
        assertThat(audit.search(firstDayOnly, 0, 10)).extracting(AuditEntry::detail).containsExactly("Looked at it");
        var byAction = new AuditFilter(null, "TEST_CHANGED", null, recordId, null, null);
        assertThat(audit.search(byAction, 0, 10)).hasSize(1);
        var asTyped = new AuditFilter(null, " test_changed", "Test_Record ", recordId, null, null);
        assertThat(audit.search(asTyped, 0, 10)).as("the record type and action as an admin types them")
                .extracting(AuditEntry::action).containsExactly("TEST_CHANGED");
        assertThat(audit.actions()).contains("TEST_VIEWED", "TEST_CHANGED");
    }

    @Test
    void workDoneBeforeAnyoneSignsInIsRecordedAsTheSystem() {
        String recordId = UUID.randomUUID().toString();
        audit.record("TEST_STARTUP", "TEST_RECORD", recordId, "x".repeat(2000));
        signedIn.as("admin");
        AuditEntry entry = audit.search(new AuditFilter(null, null, null, recordId, null, null), 0, 1).get(0);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.detail()).hasSize(1000).endsWith("…");
    }

    @Test
    void onlyAdminsCanReadTheTrail() {
        signedIn.as("director");
        assertThatThrownBy(() -> audit.search(AuditFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.any())).isInstanceOf(AccessDeniedException.class);
    }
}
