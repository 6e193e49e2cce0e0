package org.hubline.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.referrals.Capacity;
import org.hubline.referrals.Organisation;
import org.hubline.referrals.OrganisationRegister;
import org.hubline.referrals.PartnerDirectory;
import org.hubline.referrals.ServiceDetails;
import org.hubline.referrals.ServiceStatus;
import org.springframework.stereotype.Component;

/**
 * Four made-up VCS partners with a service each, serving every hub, and the referral pathways
 * for food, isolation, money and wellbeing, so referrals can be tried at once. Done as the admin.
 */
@Component
@DemoOnly
class DemoDirectory {

    private final PartnerDirectory directory;
    private final OrganisationRegister register;
    private final HubDirectory hubs;

    DemoDirectory(PartnerDirectory directory, OrganisationRegister register, HubDirectory hubs) {
        this.directory = directory;
        this.register = register;
        this.hubs = hubs;
    }

    static final List<String> PARTNERS = List.of("Oldham Foodbank", "Age UK Oldham", "Citizens Advice Oldham",
            "Oldham Mind");

    void addPartnersAndServices() {
        for (String name : PARTNERS) {
            if (find(name) == null) {
                register.save(Organisation.named(name), Set.of());
            }
        }
        if (directory.countServices(null, null, null) > 0) {
            return;
        }
        long foodbank = withReferralEmail("Oldham Foodbank", "referrals@foodbank.example.org");
        long ageUk = withReferralEmail("Age UK Oldham", "referrals@ageuk.example.org");
        long advice = withReferralEmail("Citizens Advice Oldham", "referrals@advice.example.org");
        long mind = withReferralEmail("Oldham Mind", "referrals@mind.example.org");
        Set<Long> every = hubs.hubs().stream().filter(Hub::active).map(Hub::id).collect(Collectors.toSet());
        long parcels = service(foodbank, "Emergency food parcels", "Three days of food for anyone in crisis, "
                + "delivered by volunteers.", "Anyone in Oldham in food crisis", "Referral from the helpline or a hub",
                Capacity.OPEN, Set.of("FOOD"), every, "Unit 4, Example Way", "OL1 9ZE");
        long befriending = service(ageUk, "Telephone befriending", "A weekly friendly call from a trained "
                + "volunteer.", "People aged 50 and over living alone", "Referral, or call us", Capacity.LIMITED,
                Set.of("ISOLATION", "MUTUAL_AID"), every, "2 Example Street", "OL1 9ZE");
        long debt = service(advice, "Debt and benefits advice", "Free, confidential advice on debt, benefits and "
                + "bills.", "Oldham residents", "Referral, or drop in", Capacity.OPEN, Set.of("MONEY", "FUEL",
                        "HOUSING"), every, "3 Example Road", "OL9 9ZB");
        long wellbeing = service(mind, "Wellbeing support", "Short-term support for low mood, anxiety and stress.",
                "Adults 18 and over", "Referral with consent", Capacity.OPEN, Set.of("WELLBEING"), every,
                "5 Example Lane", "OL4 9ZT");
        for (long hub : every) {
            directory.setPathway("FOOD", hub, List.of(parcels));
            directory.setPathway("ISOLATION", hub, List.of(befriending));
            directory.setPathway("MONEY", hub, List.of(debt));
            directory.setPathway("WELLBEING", hub, List.of(wellbeing));
        }
    }

    /** The id of the demo organisation with this name. */
    long partnerId(String name) {
        return find(name).id();
    }

    private Organisation find(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    private long withReferralEmail(String name, String referralEmail) {
        Organisation o = find(name);
        return register.save(o.withReferralEmail(referralEmail), register.hubsServed(o.id())).id();
    }

    private long service(long organisation, String name, String description, String eligibility, String access,
            Capacity capacity, Set<String> needs, Set<Long> hubIds, String street, String postcode) {
        return directory.saveService(null, new ServiceDetails(organisation, name, description, ServiceStatus.ACTIVE,
                null, null, null, eligibility, null, null, "Free", access, "English", capacity,
                List.of(new ServiceDetails.Location(name, street, "Oldham", postcode, null)), hubIds,
                List.of(new ServiceDetails.Contact("Referrals team", null, null, null, true)),
                List.of(new ServiceDetails.Schedule("MO,TU,WE,TH,FR", "09:00", "17:00", "Weekdays")), needs)).id();
    }
}
