package org.hubline.shared.notify;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GOV.UK Notify: the API key ({@code hubline.notify.api-key}) and a template id per template key
 * ({@code hubline.notify.templates.volunteer-task-sms=…}). Without a key nothing is sent.
 */
@ConfigurationProperties("hubline.notify")
public record NotifySettings(String apiKey, Map<String, String> templates) {

    public NotifySettings {
        apiKey = apiKey == null ? "" : apiKey;
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }
}
