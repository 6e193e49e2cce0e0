package org.hubline.volunteers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.service.notify.NotificationClient;

/**
 * Chooses how messages reach volunteers: GOV.UK Notify when {@code hubline.notify.api-key} is
 * set (with the template ids), otherwise the local implementation that only records them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskRules.class)
class MessagingConfiguration {

    @Bean
    VolunteerMessages volunteerMessages(@Value("${hubline.notify.api-key:}") String apiKey,
            @Value("${hubline.notify.sms-template-id:}") String smsTemplate,
            @Value("${hubline.notify.email-template-id:}") String emailTemplate) {
        if (apiKey.isBlank()) {
            return new RecordedVolunteerMessages();
        }
        if (smsTemplate.isBlank() || emailTemplate.isBlank()) {
            throw new IllegalStateException("hubline.notify.api-key is set: set hubline.notify.sms-template-id and "
                    + "hubline.notify.email-template-id too");
        }
        return new NotifyVolunteerMessages(new NotificationClient(apiKey), smsTemplate, emailTemplate);
    }
}
