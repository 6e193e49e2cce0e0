package org.hubline.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hubline.intake.HubNeed;
import org.hubline.residents.ResidentDetails;
import org.hubline.shared.PhoneNumber;

/** The details a referral shares with the partner, as the hub previews them and the partner reads them. */
final class SharedDetails {

    private SharedDetails() {
    }

    /**
     * What the partner sees: how to reach the resident, what the help must respect (diet, access),
     * the need, and the hub's note. Nothing else.
     */
    static String of(HubNeed need, ResidentDetails r, String note) {
        List<String> lines = new ArrayList<>();
        lines.add("Name: " + r.fullName().trim());
        lines.add("Phone: " + (r.phone() == null ? "not given"
                : PhoneNumber.parse(r.phone()).map(PhoneNumber::formatted).orElse(r.phone())));
        lines.add("Address: " + String.join(", ", Stream.of(r.addressLine1(), r.addressLine2(),
                r.town(), r.postcode()).filter(s -> s != null && !s.isBlank()).toList()));
        lines.add("Prefers: " + (r.preferredContact() == null ? "phone" : r.preferredContact().label().toLowerCase()));
        if (r.language() != null) {
            lines.add("Language: " + r.language() + (r.interpreterNeeded() ? ", needs an interpreter" : ""));
        }
        if (!r.supportLine().isEmpty()) {
            lines.add("Help must respect: " + r.supportLine());
        }
        lines.add("Need: " + need.label() + (need.whenNeeded() == null ? "" : ", needed "
                + need.whenNeeded().label().toLowerCase()));
        if (note != null && !note.isBlank()) {
            lines.add("From the hub: " + note.trim());
        }
        return String.join("\n", lines);
    }
}
