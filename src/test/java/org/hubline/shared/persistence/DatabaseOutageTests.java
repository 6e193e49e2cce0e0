package org.hubline.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** The database going away is told apart from Hubline's own faults, however it is reported. */
class DatabaseOutageTests {

    @Test
    void aRefusedConnectionAServerShuttingDownAndAFailedRollbackAreOutages() {
        assertThat(DatabaseOutage.in(new CannotGetJdbcConnectionException("refused"))).isTrue();
        assertThat(DatabaseOutage.in(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.in(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003")))).isTrue();
    }

    @Test
    void aBrokenRuleOrABugIsNotAnOutage() {
        assertThat(DatabaseOutage.in(new DuplicateKeyException("already there",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.in(new IllegalStateException("a bug"))).isFalse();
    }
}
