package org.hubline.shared.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.service.notify.NotificationClient;

/** GOV.UK Notify when an API key is set, otherwise the local implementation that sends nothing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifySettings.class)
class MessagingConfiguration {

    @Bean
    Messages messages(NotifySettings settings) {
        if (settings.apiKey().isBlank()) {
            return new RecordedMessages();
        }
        return new NotifyMessages(new NotificationClient(settings.apiKey()), settings.templates());
    }
}
