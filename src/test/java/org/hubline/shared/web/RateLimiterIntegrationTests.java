package org.hubline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes behind a balancer count the same web-form requests: an address over its limit on one
 * node is refused on the other, until the next minute. H2 and PostgreSQL.
 */
abstract class RateLimiterIntegrationTests extends InTheDemoBorough {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddressOverItsLimitIsRefusedOnEveryNodeUntilTheNextMinute() {
        RateLimiter nodeA = new RateLimiter(jdbc, clock, 3);
        RateLimiter nodeB = new RateLimiter(jdbc, clock, 3);
        String client = "203.0.113." + Unique.letters();

        assertThat(nodeA.tryAcquire(client)).isZero();
        assertThat(nodeB.tryAcquire(client)).isZero();
        assertThat(nodeA.tryAcquire(client)).isZero();
        assertThat(nodeB.tryAcquire(client)).as("the fourth request this minute, on either node").isPositive();
        assertThat(nodeA.tryAcquire("198.51.100.7" + Unique.letters())).as("another address").isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeB.tryAcquire(client)).isZero();
    }
}
