package org.hubline.referrals;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo services of the demo partners (made up), serving every hub, with referral pathways for
 * food, isolation, money and wellbeing, so referrals can be tried at once. Only when there are no
 * services yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(12)
class DemoServices implements ApplicationRunner {

    private final PartnerServiceRepository services;
    private final DirectoryStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoServices(PartnerServiceRepository services, DirectoryStore store, JdbcClient jdbc, Clock clock) {
        this.services = services;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (services.count() > 0) {
            return;
        }
        Set<Long> hubs = Set.copyOf(jdbc.sql("SELECT id FROM hub WHERE active = TRUE").query(Long.class).list());
        long foodbank = organisation("Oldham Foodbank", "referrals@foodbank.example.org");
        long ageUk = organisation("Age UK Oldham", "referrals@ageuk.example.org");
        long advice = organisation("Citizens Advice Oldham", "referrals@advice.example.org");
        long mind = organisation("Oldham Mind", "referrals@mind.example.org");
        long parcels = add(foodbank, "Emergency food parcels", "Three days of food for anyone in crisis, delivered "
                + "by volunteers.", "Anyone in Oldham in food crisis", "Referral from the helpline or a hub",
                Capacity.OPEN, Set.of("FOOD"), hubs, "Unit 4, Example Way", "OL1 9ZE");
        long befriending = add(ageUk, "Telephone befriending", "A weekly friendly call from a trained volunteer.",
                "People aged 50 and over living alone", "Referral, or call us", Capacity.LIMITED,
                Set.of("ISOLATION", "MUTUAL_AID"), hubs, "2 Example Street", "OL1 9ZE");
        long debt = add(advice, "Debt and benefits advice", "Free, confidential advice on debt, benefits and bills.",
                "Oldham residents", "Referral, or drop in", Capacity.OPEN, Set.of("MONEY", "FUEL", "HOUSING"), hubs,
                "3 Example Road", "OL9 9ZB");
        long wellbeing = add(mind, "Wellbeing support", "Short-term support for low mood, anxiety and stress.",
                "Adults 18 and over", "Referral with consent", Capacity.OPEN, Set.of("WELLBEING"), hubs,
                "5 Example Lane", "OL4 9ZT");
        for (long hub : hubs) {
            store.replacePathway("FOOD", hub, List.of(parcels));
            store.replacePathway("ISOLATION", hub, List.of(befriending));
            store.replacePathway("MONEY", hub, List.of(debt));
            store.replacePathway("WELLBEING", hub, List.of(wellbeing));
        }
    }

    private long organisation(String name, String referralEmail) {
        Organisation existing = store.organisationNamed(name).orElse(null);
        if (existing == null) {
            return store.insertOrganisation(new Organisation(null, name, null, null, null, referralEmail, true));
        }
        store.updateOrganisation(new Organisation(existing.id(), existing.name(), existing.description(),
                existing.website(), existing.email(), referralEmail, existing.active()));
        return existing.id();
    }

    private long add(long organisation, String name, String description, String eligibility, String access,
            Capacity capacity, Set<String> needs, Set<Long> hubs, String street, String postcode) {
        return services.save(PartnerService.create(new ServiceDetails(organisation, name, description,
                ServiceStatus.ACTIVE, null, null, null, eligibility, null, null, "Free", access, "English", capacity,
                List.of(new ServiceDetails.Location(name, street, "Oldham", postcode, null)), hubs,
                List.of(new ServiceDetails.Contact("Referrals team", null, null, null)),
                List.of(new ServiceDetails.Schedule("MO,TU,WE,TH,FR", "09:00", "17:00", "Weekdays")), needs),
                clock.instant())).id();
    }
}
