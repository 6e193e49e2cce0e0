package org.hubline.shared.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At most {@code perMinute} requests per client in each minute: a fixed window per client,
 * counted in the database ({@code api_rate_window}) so every node of a cluster counts the same
 * requests. Returns how many seconds to wait when the limit is reached. If the database cannot be
 * reached the request goes on, to be answered 503 by the API itself. Each API names its clients
 * with its own prefix, so that one API's callers do not use up another's limit.
 */
public final class RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perMinute;

    public RateLimiter(JdbcClient jdbc, Clock clock, int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** 0 if the request may go ahead, otherwise the seconds until the next window. */
    public long tryAcquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        try {
            int count = count(client.length() > 64 ? client.substring(0, 64) : client, minute);
            return count <= perMinute ? 0 : Math.max(1, (minute + 1) * 60 - now / 1000);
        } catch (DataAccessException e) {
            LOG.warn("Rate limit not checked, the database is out of reach: {}", e.getClass().getSimpleName());
            return 0;
        }
    }

    /** Counts this request in the client's window and says how many it now holds. */
    private int count(String client, long minute) {
        if (add(client, minute) == 0) {
            try {
                jdbc.sql("INSERT INTO api_rate_window (client, window_minute, requests) VALUES (:c, :m, 1)")
                        .param("c", client).param("m", minute).update();
                jdbc.sql("DELETE FROM api_rate_window WHERE window_minute < :m").param("m", minute - 1).update();
            } catch (DuplicateKeyException raced) {
                add(client, minute);
            }
        }
        return jdbc.sql("SELECT requests FROM api_rate_window WHERE client = :c AND window_minute = :m")
                .param("c", client).param("m", minute).query(Integer.class).single();
    }

    private int add(String client, long minute) {
        return jdbc.sql("UPDATE api_rate_window SET requests = requests + 1 WHERE client = :c AND window_minute = :m")
                .param("c", client).param("m", minute).update();
    }
}
