package org.hubline.referrals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;

/** Services for the directory's tests, added by a signed-in admin: one with every field, one with the least. */
final class DirectoryExamples {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final PartnerDirectory directory;
    private final OrganisationRegister register;
    private final HubDirectory hubs;

    DirectoryExamples(PartnerDirectory directory, OrganisationRegister register, HubDirectory hubs) {
        this.directory = directory;
        this.register = register;
        this.hubs = hubs;
    }

    /** A service with every field the directory keeps filled, one published and one private contact. */
    ServiceRecord fullService() {
        int n = UNIQUE.incrementAndGet();
        Organisation org = register.save(new Organisation(null, "Full Fields Trust " + n, "Helps with everything",
                "https://fullfields.example.org", "hello@fullfields.example.org", "referrals@fullfields.example.org",
                true, "1234567", "0161 496 0123", 0), Set.of());
        long north = hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().map(Hub::id).orElseThrow();
        return directory.saveService(null, new ServiceDetails(org.id(), "Every field service " + n,
                "Shopping, prescriptions and a friendly call", ServiceStatus.ACTIVE,
                "https://fullfields.example.org/help", "help@fullfields.example.org", "0161 496 0124",
                "Adults over 60 in the north of the borough", 60, 110, "Free", "Phone us", "English, Urdu",
                Capacity.LIMITED,
                List.of(new ServiceDetails.Location("Community centre", "1 High Street", "Royton", "OL2 5AA",
                        "422000012345")),
                Set.of(north),
                List.of(new ServiceDetails.Contact("Referrals desk", "Coordinator", "desk@fullfields.example.org",
                        "0161 496 0125", true),
                        new ServiceDetails.Contact("Private Person", "Volunteer", "private@fullfields.example.org",
                                "07700 900111", false)),
                List.of(new ServiceDetails.Schedule("MO,WE", "09:30", "16:00", "Weekday mornings")),
                Set.of("FOOD", "MEDICINES")));
    }

    /** A service with only what a service must have, of an organisation with only a name. */
    ServiceRecord minimalService() {
        int n = UNIQUE.incrementAndGet();
        Organisation org = register.save(Organisation.named("Bare Minimum Group " + n).withReferralEmail(
                "bare" + n + "@example.org"), Set.of());
        return directory.saveService(null, new ServiceDetails(org.id(), "Bare service " + n, null,
                ServiceStatus.ACTIVE, null, null, null, null, null, null, null, null, null, Capacity.OPEN, List.of(),
                Set.of(), List.of(), List.of(), Set.of()));
    }
}
