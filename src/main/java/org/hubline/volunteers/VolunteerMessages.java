package org.hubline.volunteers;

import java.util.Map;

/**
 * Sends a text or an email to a volunteer. In production GOV.UK Notify ({@link NotifyVolunteerMessages});
 * in development and tests a local implementation that only records what would have gone
 * ({@link RecordedVolunteerMessages}).
 */
public interface VolunteerMessages {

    enum Channel {
        SMS, EMAIL
    }

    /** A message: the personalisation fills the channel's Notify template. */
    record Outgoing(Channel channel, String recipient, Map<String, String> personalisation, String reference) {
    }

    /** What the sender did: its name, the provider's reference if any, and whether it was sent. */
    record Receipt(String sender, String providerReference, boolean sent, String error) {
    }

    Receipt send(Outgoing message);
}
