package org.hubline.volunteers;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify, through its official client. The templates take the personalisation fields
 * {@code first_name}, {@code task}, {@code street}, {@code due} and {@code hub_phone}.
 */
class NotifyVolunteerMessages implements VolunteerMessages {

    private final NotificationClient client;
    private final String smsTemplateId;
    private final String emailTemplateId;

    NotifyVolunteerMessages(NotificationClient client, String smsTemplateId, String emailTemplateId) {
        this.client = client;
        this.smsTemplateId = smsTemplateId;
        this.emailTemplateId = emailTemplateId;
    }

    @Override
    public Receipt send(Outgoing message) {
        try {
            String id = message.channel() == Channel.SMS
                    ? client.sendSms(smsTemplateId, message.recipient(), message.personalisation(), message.reference())
                            .getNotificationId().toString()
                    : client.sendEmail(emailTemplateId, message.recipient(), message.personalisation(),
                            message.reference()).getNotificationId().toString();
            return new Receipt("NOTIFY", id, true, null);
        } catch (NotificationClientException e) {
            return new Receipt("NOTIFY", null, false, "Notify refused the message (" + e.getHttpResult() + ")");
        }
    }
}
