package org.hubline.referrals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubline.shared.notify.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a partner organisation a referral is waiting (or has been withdrawn), by email to its referral address, with the
 * reference and a link to sign in and nothing about the resident; the referral's history records
 * whether it was sent, or that the organisation has no referral email.
 */
@Component
class PartnerNotice {

    private final ReferralStore store;
    private final DirectoryStore directoryStore;
    private final Messages messages;
    private final Clock clock;
    private final String baseUrl;

    PartnerNotice(ReferralStore store, DirectoryStore directoryStore, Messages messages, Clock clock,
            @Value("${hubline.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.directoryStore = directoryStore;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A new referral is waiting for them. */
    void send(long referralId, ServiceRecord service) {
        tell(referralId, service.details().organisationId(), "partner-referral-email",
                ": the referral waits in their portal");
    }

    /** A referral they had has been withdrawn by the hub: they need do nothing more. */
    void withdrawn(long referralId, long organisationId) {
        tell(referralId, organisationId, "partner-referral-withdrawn-email", ": the portal shows it withdrawn");
    }

    private void tell(long referralId, long organisationId, String template, String otherwise) {
        Organisation organisation = directoryStore.organisation(organisationId).orElseThrow();
        if (organisation.referralEmail() == null || organisation.referralEmail().isBlank()) {
            store.addEvent(referralId, "NOTICE", "No referral email is set for " + organisation.name() + otherwise,
                    "system", "HUB", clock.instant());
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisation", organisation.name());
        fields.put("reference", ReferralSummary.reference(referralId));
        fields.put("link", baseUrl + "/partner/referrals");
        Messages.Receipt receipt = messages.send(new Messages.Outgoing(Messages.Channel.EMAIL,
                organisation.referralEmail(), template, fields, ReferralSummary.reference(referralId)));
        store.addEvent(referralId, "NOTICE", (receipt.sent() ? "Email sent to " : "Email NOT sent to ")
                + organisation.referralEmail() + (receipt.sent() ? "" : ": " + receipt.error())
                + " (no personal data, a link to sign in)", "system", "HUB", clock.instant());
    }
}
