package org.hubline.shared.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;

/** The Notify adapter hands the template and personalisation to the official client and keeps its id. */
class NotifyMessagesTests {

    private static final String KEY = "hubline_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    /** The official client with its network call replaced: records what it was asked to send. */
    static final class RecordingClient extends NotificationClient {
        String template;
        String phone;
        Map<String, ?> personalisation;
        boolean refuse;

        RecordingClient() {
            super(KEY);
        }

        @Override
        public SendSmsResponse sendSms(String templateId, String phoneNumber, Map<String, ?> fields, String reference)
                throws NotificationClientException {
            if (refuse) {
                throw new NotificationClientException("Status code: 400 {\"errors\":[]}");
            }
            template = templateId;
            phone = phoneNumber;
            personalisation = fields;
            return new SendSmsResponse("""
                    {"id": "%s", "reference": "%s", "content": {"body": "Hello", "from_number": "HUBLINE"},
                     "uri": "https://api.notifications.service.gov.uk/v2/notifications/1",
                     "template": {"id": "%s", "version": 1, "uri": "https://example.org"}}"""
                    .formatted(UUID.randomUUID(), reference, templateId));
        }
    }

    @Test
    void aTextGoesThroughNotifysSmsTemplateWithOnlyTheTaskFields() {
        RecordingClient client = new RecordingClient();
        String smsTemplate = UUID.randomUUID().toString();
        Messages notify = new NotifyMessages(client, Map.of("volunteer-task-sms", smsTemplate));
        Messages.Receipt receipt = notify.send(new Messages.Outgoing(Messages.Channel.SMS,
                "07700900201", "volunteer-task-sms", Map.of("first_name", "Sam", "task", "Shopping for Tessa", "street", "1 Test Street",
                        "due", "Thursday 26 November, 10:00"), "task-1"));

        assertThat(receipt.sent()).isTrue();
        assertThat(receipt.sender()).isEqualTo("NOTIFY");
        assertThat(receipt.providerReference()).isNotBlank();
        assertThat(client.template).isEqualTo(smsTemplate);
        assertThat(client.phone).isEqualTo("07700900201");
        assertThat(client.personalisation).containsOnlyKeys("first_name", "task", "street", "due");
    }

    @Test
    void aMessageWithoutATemplateIsReportedNotSent() {
        Messages.Receipt receipt = new NotifyMessages(new RecordingClient(), Map.of()).send(new Messages.Outgoing(
                Messages.Channel.EMAIL, "someone@example.org", "partner-referral-email", Map.of(), "r-1"));
        assertThat(receipt.sent()).isFalse();
        assertThat(receipt.error()).isEqualTo("No Notify template is set for partner-referral-email");
    }

    @Test
    void aRefusalIsReportedNotThrown() {
        RecordingClient client = new RecordingClient();
        client.refuse = true;
        Messages.Receipt receipt = new NotifyMessages(client, Map.of("volunteer-task-sms",
                UUID.randomUUID().toString())).send(new Messages.Outgoing(Messages.Channel.SMS, "07700900201",
                "volunteer-task-sms", Map.of(), "task-2"));
        assertThat(receipt.sent()).isFalse();
        assertThat(receipt.error()).startsWith("Notify refused the message");
    }
}
