package org.hubline.shared.notify;

import java.util.Map;

/**
 * Texts and emails from Hubline to people who do not sign in to it (volunteers) or who are told
 * of new work (partner staff). In production GOV.UK Notify ({@link NotifyMessages}); in
 * development and tests {@link RecordedMessages}, which sends nothing. Each message names a
 * template (a Notify template per purpose and channel) and its personalisation.
 */
public interface Messages {

    enum Channel {
        SMS, EMAIL
    }

    /** A message: the template key (e.g. {@code volunteer-task-sms}) and the fields it fills. */
    record Outgoing(Channel channel, String recipient, String template, Map<String, String> personalisation,
            String reference) {
    }

    /** What the sender did: its name, the provider's reference if any, and whether it was sent. */
    record Receipt(String sender, String providerReference, boolean sent, String error) {
    }

    Receipt send(Outgoing message);
}
