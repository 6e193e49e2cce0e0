package org.hubline.shared.notify;

import java.util.Map;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** GOV.UK Notify, through its official client, with a Notify template id per template key. */
class NotifyMessages implements Messages {

    private final NotificationClient client;
    private final Map<String, String> templates;

    NotifyMessages(NotificationClient client, Map<String, String> templates) {
        this.client = client;
        this.templates = Map.copyOf(templates);
    }

    @Override
    public Receipt send(Outgoing message) {
        String template = templates.get(message.template());
        if (template == null || template.isBlank()) {
            return new Receipt("NOTIFY", null, false, "No Notify template is set for " + message.template());
        }
        try {
            String id = message.channel() == Channel.SMS
                    ? client.sendSms(template, message.recipient(), message.personalisation(), message.reference())
                            .getNotificationId().toString()
                    : client.sendEmail(template, message.recipient(), message.personalisation(), message.reference())
                            .getNotificationId().toString();
            return new Receipt("NOTIFY", id, true, null);
        } catch (NotificationClientException e) {
            return new Receipt("NOTIFY", null, false, "Notify refused the message (" + e.getHttpResult() + ")");
        }
    }
}
