package org.hubline.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Hubline's periodic jobs (such as applying ward moves on their date). Tests turn them
 * off and call the jobs themselves, so nothing runs behind a test's back.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "hubline.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
