package org.hubline.accounts;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling, counted in the database so every node counts the same attempts. Three
 * counts, each over {@code window}, each pausing sign-in for {@code duration} when reached:
 * <ul>
 * <li>a username from one address, after {@code maxFailures} failures: the usual guard against
 * guessing one person's password, which pauses only the guesser, so nobody elsewhere can lock the
 * admin out;</li>
 * <li>one address across usernames, after {@code addressMaxFailures}: one password tried against
 * many usernames (password spraying) is slowed;</li>
 * <li>a username from every address together, after {@code usernameMaxFailures}: guessing spread
 * over many addresses is paused too, at a threshold well above a person's mistakes.</li>
 * </ul>
 * Usernames that do not exist are throttled the same way, so the response never reveals whether an
 * account exists.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final int usernameMaxFailures;
    private final Duration window;
    private final Duration duration;

    SignInThrottle(JdbcClient jdbc, Clock clock,
            @Value("${hubline.security.lockout.max-failures:5}") int maxFailures,
            @Value("${hubline.security.lockout.address-max-failures:20}") int addressMaxFailures,
            @Value("${hubline.security.lockout.username-max-failures:50}") int usernameMaxFailures,
            @Value("${hubline.security.lockout.window:15m}") Duration window,
            @Value("${hubline.security.lockout.duration:15m}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.usernameMaxFailures = usernameMaxFailures;
        this.window = window;
        this.duration = duration;
    }

    Duration duration() {
        return duration;
    }

    /** The counters an attempt by this username from this address falls under, with the failures each allows. */
    private Map<String, Integer> counters(String username, String address) {
        boolean known = address != null && !address.isBlank();
        String from = known ? address.trim() : "unknown";
        String name = key(username);
        String pair = (name.length() > 50 ? name.substring(0, 50) : name) + " from " + from;
        Map<String, Integer> counters = new HashMap<>(Map.of(limit(pair), maxFailures,
                limit("username " + name), usernameMaxFailures));
        if (known) {
            // A sign-in that did not come over the web (no address) is not counted against one.
            counters.put(limit("address " + from), addressMaxFailures);
        }
        return counters;
    }

    private static String limit(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    /** When the pause on this username from this address ends, if sign-in is paused now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT MAX(locked_until) FROM sign_in_lockout WHERE username IN (:keys)")
                .param("keys", counters(username, address).keySet())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional().map(t -> t == null ? null : t.toInstant())
                .filter(until -> until != null && until.isAfter(now));
    }

    /** Records a failed attempt; returns true if this failure paused sign-in (for any of its counters). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE attempted_at < :cutoff")
                .param("cutoff", utc(now.minus(window)))
                .update();
        boolean paused = false;
        for (Map.Entry<String, Integer> counter : counters(username, address).entrySet()) {
            String key = counter.getKey();
            jdbc.sql("INSERT INTO sign_in_failure (username, attempted_at) VALUES (:u, :at)")
                    .param("u", key).param("at", utc(now)).update();
            int recent = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE username = :u AND attempted_at > :since")
                    .param("u", key).param("since", utc(now.minus(window)))
                    .query(Integer.class).single();
            if (recent >= counter.getValue()) {
                jdbc.sql("DELETE FROM sign_in_lockout WHERE username = :u").param("u", key).update();
                jdbc.sql("INSERT INTO sign_in_lockout (username, locked_until) VALUES (:u, :until)")
                        .param("u", key).param("until", utc(now.plus(duration))).update();
                jdbc.sql("DELETE FROM sign_in_failure WHERE username = :u").param("u", key).update();
                paused = true;
            }
        }
        return paused;
    }

    /**
     * Forgets the username's failures and lifts its pauses, after a successful sign-in or a password
     * reset (an address's count of failures across usernames stays).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String username) {
        String k = key(username);
        for (String pattern : List.of(literal(k.length() > 50 ? k.substring(0, 50) : k) + " from %",
                literal(limit("username " + k)))) {
            jdbc.sql("DELETE FROM sign_in_failure WHERE username LIKE :u ESCAPE '\\'").param("u", pattern).update();
            jdbc.sql("DELETE FROM sign_in_lockout WHERE username LIKE :u ESCAPE '\\'").param("u", pattern).update();
        }
    }

    /** The text as a LIKE pattern that matches only itself (usernames may hold '_'). */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
