package org.hubline.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({SlaSettings.class, CallbackSettings.class})
class IntakeConfiguration {
}
