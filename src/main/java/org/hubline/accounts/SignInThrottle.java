package org.hubline.accounts;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling per username: after {@code maxFailures} failed attempts within
 * {@code window}, sign-in for that username is refused for {@code duration}. Usernames that do
 * not exist are throttled the same way, so the response never reveals whether an account exists.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration duration;

    SignInThrottle(JdbcClient jdbc, Clock clock,
            @Value("${hubline.security.lockout.max-failures:5}") int maxFailures,
            @Value("${hubline.security.lockout.window:15m}") Duration window,
            @Value("${hubline.security.lockout.duration:15m}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.duration = duration;
    }

    Duration duration() {
        return duration;
    }

    /** When the pause on this username ends, if sign-in is paused now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM sign_in_lockout WHERE username = :u")
                .param("u", key(username))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .filter(until -> until.isAfter(now));
    }

    /** Records a failed attempt; returns true if this failure paused sign-in for the username. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE attempted_at < :cutoff")
                .param("cutoff", utc(now.minus(window)))
                .update();
        jdbc.sql("INSERT INTO sign_in_failure (username, attempted_at) VALUES (:u, :at)")
                .param("u", key).param("at", utc(now)).update();
        int recent = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE username = :u AND attempted_at > :since")
                .param("u", key).param("since", utc(now.minus(window)))
                .query(Integer.class).single();
        if (recent < maxFailures) {
            return false;
        }
        jdbc.sql("DELETE FROM sign_in_lockout WHERE username = :u").param("u", key).update();
        jdbc.sql("INSERT INTO sign_in_lockout (username, locked_until) VALUES (:u, :until)")
                .param("u", key).param("until", utc(now.plus(duration))).update();
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = :u").param("u", key).update();
        return true;
    }

    /** Forgets failures and lifts any pause, after a successful sign-in or a password reset. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String username) {
        String key = key(username);
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = :u").param("u", key).update();
        jdbc.sql("DELETE FROM sign_in_lockout WHERE username = :u").param("u", key).update();
    }

    static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
