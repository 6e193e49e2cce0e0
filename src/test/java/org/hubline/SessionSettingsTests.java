package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hubline.test.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** Idle sessions end after 30 minutes, even with a Hubline tab left open, and nothing phones home. */
@H2Test
class SessionSettingsTests {

    @Autowired
    Environment environment;

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        // Vaadin's heartbeat would otherwise keep an idle but open tab signed in for ever.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void vaadinUsageStatisticsAreOff() {
        assertThat(environment.getProperty("vaadin.devmode.usageStatistics.enabled", Boolean.class)).isFalse();
    }
}
