package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An admin keeps the partner organisations — their charity or company number, phone, the email
 * new referrals go to and the hubs they serve — and an ORUK import never loses a referral email.
 * On H2 and PostgreSQL.
 */
abstract class OrganisationRegisterIntegrationTests extends InTheDemoBorough {

    @Autowired
    OrganisationRegister register;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    HubDirectory hubs;

    private long hub(String code) {
        return hubs.hubs().stream().filter(h -> h.code().equals(code)).findFirst().map(Hub::id).orElseThrow();
    }

    private Organisation pantry(String name, String referralEmail) {
        return new Organisation(null, name, "Food and a warm space", "https://pantry.example.org", null,
                referralEmail, true, "1234567", "0161 496 0123", 0);
    }

    @Test
    void anAdminAddsAPartnerWithWhereItsReferralsGoAndTheHubsItServes() {
        signedIn.as("admin");
        String name = "Shaw Pantry " + Unique.letters();
        Organisation saved = register.save(pantry(name, " Referrals@Pantry.example.org "),
                Set.of(hub("NORTH"), hub("EAST")));
        assertThat(saved.referralEmail()).isEqualTo("referrals@pantry.example.org");
        assertThat(saved.phone()).isEqualTo("01614960123");
        assertThat(register.hubsServed(saved.id())).containsExactlyInAnyOrder(hub("NORTH"), hub("EAST"));
        assertThat(register.organisations()).extracting(Organisation::name).contains(name);

        Organisation stopped = register.save(new Organisation(saved.id(), name, saved.description(),
                saved.website(), null, saved.referralEmail(), false, "sc123456", null, saved.version()),
                Set.of(hub("NORTH")));
        assertThat(stopped.active()).isFalse();
        assertThat(stopped.registrationNumber()).isEqualTo("SC123456");
        assertThatThrownBy(() -> register.save(saved, Set.of())).as("the copy opened before the change")
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void everyProblemIsReportedByItsFieldAndNothingIsSaved() {
        signedIn.as("admin");
        String name = "Broken Pantry " + Unique.letters();
        assertThatThrownBy(() -> register.save(new Organisation(null, name, null, null, "nope", "not an email",
                true, "12", "call us", 0), Set.of(999_999L))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("referralEmail", "email",
                                "registrationNumber", "phone", "hubs"));
        assertThat(register.organisations()).extracting(Organisation::name).doesNotContain(name);
        assertThatThrownBy(() -> register.save(new Organisation(null, name, null, "javascript:alert(1)", null,
                null, true, null, null, 0), Set.of())).as("nothing but a web address is published")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("website"));
        String taken = register.organisations().get(0).name();
        assertThatThrownBy(() -> register.save(pantry(taken.toUpperCase(), null), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
    }

    @Test
    void anOrukImportKeepsAnExistingPartnersReferralEmailAndNamesTheNewOnesWithout() {
        signedIn.as("admin");
        String known = "Known Pantry " + Unique.letters();
        String fresh = "Fresh Pantry " + Unique.letters();
        register.save(pantry(known, "referrals@known.example.org"), Set.of());
        ImportReport report = directory.importOruk("""
                [{"name": "Tea and talk", "organization": {"name": "%s"}, "status": "active"},
                 {"name": "Hot meals", "organization": {"name": "%s"}, "status": "active"}]"""
                .formatted(known, fresh));
        assertThat(report.problems()).isEmpty();
        assertThat(report.withoutReferralEmail()).containsExactly(fresh);
        assertThat(register.organisations()).filteredOn(o -> o.name().equals(known)).singleElement()
                .satisfies(o -> assertThat(o.referralEmail()).isEqualTo("referrals@known.example.org"));
    }

    @Test
    void onlyAdminsKeepTheOrganisations() {
        for (String user : List.of("coordinator", "handler", "partner", "director")) {
            signedIn.as(user);
            assertThatThrownBy(() -> register.organisations()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.save(pantry("Sneaky " + user, null), Set.of())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
