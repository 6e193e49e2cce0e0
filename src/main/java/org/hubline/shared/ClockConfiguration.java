package org.hubline.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is explicit: services take this clock (in the council's time zone, which decides what
 * "today" means), and tests replace it with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${hubline.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
