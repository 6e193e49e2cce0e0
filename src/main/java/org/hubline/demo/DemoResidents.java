package org.hubline.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hubline.casework.CaseFile;
import org.hubline.casework.Casework;
import org.hubline.intake.CallDetails;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.LogCall;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedInput;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.RoutingChoice;
import org.hubline.intake.SupportNow;
import org.hubline.intake.WhenNeeded;
import org.hubline.referrals.PartnerDirectory;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ContactMethod;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.security.RunAs;
import org.springframework.stereotype.Component;

/**
 * Four made-up residents whose calls the demo handler logs, so the callback queue and resident
 * pages have something in them; Robert Ashworth's shopping is referred to the food bank (the
 * partner portal's first referral) and the demo coordinator opens a case for Margaret Thompson.
 * Only when Margaret is not on Hubline yet.
 */
@Component
@DemoOnly
class DemoResidents {

    private static final ResidentDetails MARGARET = person("Margaret", "Thompson", LocalDate.of(1948, 3, 14),
            "OL2 9ZP", "07700 900101", Vulnerability.LIVES_ALONE, Vulnerability.AGED_70_PLUS);

    private final CallIntake intake;
    private final NeedTaxonomy taxonomy;
    private final Referrals referrals;
    private final PartnerDirectory directory;
    private final Casework casework;
    private final RunAs runAs;

    DemoResidents(CallIntake intake, NeedTaxonomy taxonomy, Referrals referrals, PartnerDirectory directory,
            Casework casework, RunAs runAs) {
        this.intake = intake;
        this.taxonomy = taxonomy;
        this.referrals = referrals;
        this.directory = directory;
        this.casework = casework;
        this.runAs = runAs;
    }

    void addIfNone() {
        runAs.run(DemoAccounts.HANDLER, () -> {
            if (!intake.findResidents(MatchQuery.of(MARGARET)).isEmpty()) {
                return;
            }
            LoggedCall margaret = log(MARGARET, SupportNow.NONE, need("Prescription collection", WhenNeeded.TOMORROW),
                    need("Shopping", null));
            LoggedCall robert = log(person("Robert", "Ashworth", LocalDate.of(1956, 9, 2), "OL1 9ZE",
                    "0161 496 0102", Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE), SupportNow.FAMILY_OR_FRIENDS,
                    need("Shopping", null));
            log(person("Aisha", "Begum", LocalDate.of(1989, 6, 21), "OL9 9ZB", "07700 900103"),
                    SupportNow.NEIGHBOURS_OR_COMMUNITY, need("Emergency food parcel", null),
                    need("Money, debt and benefits advice", null));
            log(person("Derek", "Holt", LocalDate.of(1961, 12, 5), "M35 9ZG", "07700 900104",
                    Vulnerability.MENTAL_HEALTH, Vulnerability.NO_SUPPORT_NETWORK), SupportNow.NONE,
                    need("Befriending", null));
            referFoodParcel(robert);
            runAs.run(DemoAccounts.COORDINATOR, () -> openCase(margaret));
        });
    }

    private void referFoodParcel(LoggedCall robert) {
        directory.services("Emergency food parcels", null, null, 0, 1).stream().findFirst().ifPresent(parcels ->
                referrals.refer(robert.needs().get(0).id(), parcels.id(),
                        "Demo referral: weekly shop not possible this week"));
    }

    private void openCase(LoggedCall margaret) {
        CaseFile opened = casework.open(margaret.residentId(), DemoAccounts.COORDINATOR, "Lives alone, no one "
                + "supporting her, medicines and shopping at once", List.of());
        casework.addGoal(opened.id(), "I want to stay in my own home and not have to ring every week");
        casework.addNote(opened.id(), "Demo case: agreed a weekly call from the hub while her daughter is away");
    }

    private static ResidentDetails person(String first, String last, LocalDate dob, String postcode, String phone,
            Vulnerability... flags) {
        return new ResidentDetails(first, last, dob, "1 Example Street", null, "Oldham", postcode, null, phone, null,
                null, ContactMethod.PHONE, "English", false, 1, 0, Set.of(flags), null, null, true, true);
    }

    private NeedInput need(String type, WhenNeeded when) {
        return new NeedInput(taxonomy.activeTypes().stream().filter(t -> t.name().equals(type)).findFirst()
                .orElseThrow().id(), when, null);
    }

    private LoggedCall log(ResidentDetails who, SupportNow support, NeedInput... needs) {
        return intake.logCall(new LogCall(null, who, RoutingChoice.byPostcode(), List.of(needs), support, null, null,
                true, CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Demo call"), null));
    }
}
