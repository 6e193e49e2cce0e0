package org.hubline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hubline.accounts.DemoAccountSetup;
import org.hubline.casework.CaseSummary;
import org.hubline.casework.Casework;
import org.hubline.insight.MadeUpHistory;
import org.hubline.intake.CallIntake;
import org.hubline.intake.ResidentPages;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.ResidentMatch;
import org.hubline.shared.security.Role;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.volunteers.VolunteerRecord;
import org.hubline.volunteers.VolunteerRoster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demo borough a developer signs in to is built through the modules' own services, and the
 * seams it uses for that (demo accounts, made-up demand) refuse everyone else.
 */
@H2Test
class DemoDataOnH2IntegrationTests {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    ResidentPages pages;
    @Autowired
    Referrals referrals;
    @Autowired
    Casework casework;
    @Autowired
    VolunteerRoster roster;
    @Autowired
    HubDirectory hubs;
    @Autowired
    DemoAccountSetup demoAccounts;
    @Autowired
    MadeUpHistory madeUpHistory;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aDeveloperFindsTheDemoBoroughReadyToTry() {
        signedIn.as("handler");
        List<ResidentMatch> margaret = intake.findResidents(new MatchQuery("Margaret", "Thompson",
                LocalDate.of(1948, 3, 14), null, null, null, null, null));
        assertThat(margaret).first().extracting(ResidentMatch::strength).isEqualTo(ResidentMatch.Strength.LIKELY);

        signedIn.as("partner");
        assertThat(referrals.partnerQueue(EnumSet.allOf(ReferralStatus.class))).extracting(ReferralSummary::serviceName)
                .contains("Emergency food parcels");

        signedIn.as("coordinator");
        long north = hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).map(Hub::id).findFirst()
                .orElseThrow();
        assertThat(roster.ofHub(north)).extracting(VolunteerRecord::name)
                .contains("Sam Shopper", "Eddie Expired", "Paula Paused");
        assertThat(casework.myCases()).extracting(CaseSummary::residentName).contains("Margaret Thompson");
    }

    @Test
    void onlyTheDemoSetUpAddsDemoAccountsAndOnlyAdminsMakeUpDemand() {
        for (String user : List.of("handler", "coordinator", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> demoAccounts.add("intruder", "Intruder", Role.ADMIN, Set.of(), null,
                    "a long enough password")).as(user + " may not add demo accounts")
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String user : List.of("handler", "coordinator", "director", "partner")) {
            signedIn.as(user);
            assertThatThrownBy(() -> madeUpHistory.fillIfEmpty(10, 10, 7, "Coldhurst"))
                    .as(user + " may not make up demand").isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("admin");
        assertThat(madeUpHistory.fillIfEmpty(10, 10, 7, "Coldhurst")).as("counts already there are never replaced")
                .isEmpty();
    }

    @Test
    void onlyHandlersAndCoordinatorsOpenAResidentsPage() {
        signedIn.as("handler");
        long margaret = intake.findResidents(new MatchQuery("Margaret", "Thompson", LocalDate.of(1948, 3, 14), null,
                null, null, null, null)).get(0).residentId();
        assertThat(pages.open(margaret).resident().name()).isEqualTo("Margaret Thompson");
        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> pages.open(margaret)).as(user + " may not open a resident's page")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
