package org.hubline.demo;

import org.hubline.shared.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Builds the demo once the application has started, in the order a council would: the demo
 * accounts, the partner directory and a made-up postcode directory, twelve weeks of made-up
 * demand for the dashboards, the partner's account, volunteers, and a few residents with calls,
 * a referral and a case. Each step does nothing if what it adds is already there, so a restart
 * of the demo database adds nothing twice.
 */
@Component
@DemoOnly
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoAccounts accounts;
    private final DemoDirectory directory;
    private final DemoPostcodes postcodes;
    private final DemoInsight insight;
    private final DemoVolunteers volunteers;
    private final DemoResidents residents;
    private final RunAs runAs;

    DemoData(DemoAccounts accounts, DemoDirectory directory, DemoPostcodes postcodes, DemoInsight insight,
            DemoVolunteers volunteers, DemoResidents residents, RunAs runAs) {
        this.accounts = accounts;
        this.directory = directory;
        this.postcodes = postcodes;
        this.insight = insight;
        this.volunteers = volunteers;
        this.residents = residents;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.demoSetup(accounts::addStaff);
        long foodbank = runAs.call(DemoAccounts.ADMIN, () -> {
            directory.addPartnersAndServices();
            postcodes.addIfNoDirectory();
            insight.addMadeUpHistory();
            return directory.partnerId(DemoAccounts.PARTNER_ORGANISATION);
        });
        runAs.demoSetup(() -> accounts.addPartner(foodbank));
        volunteers.addIfNone();
        residents.addIfNone();
        log.info("Demo data in place (demo accounts' password in the README). Never use it in production.");
    }
}
