package org.hubline.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hubline.residents.ContactMethod;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo residents and calls (made-up people), logged through {@link CallIntake} as the demo call
 * handler would, so the callback queue and resident pages have something in them. Only when
 * there are no residents yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(30)
class DemoCalls implements ApplicationRunner {

    private final CallIntake intake;
    private final NeedTaxonomy taxonomy;
    private final JdbcClient jdbc;
    private final RunAs runAs;

    DemoCalls(CallIntake intake, NeedTaxonomy taxonomy, JdbcClient jdbc, RunAs runAs) {
        this.intake = intake;
        this.taxonomy = taxonomy;
        this.jdbc = jdbc;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM resident").query(Integer.class).single() > 0) {
            return;
        }
        runAs.run("handler", () -> {
            log(person("Margaret", "Thompson", LocalDate.of(1948, 3, 14), "OL2 9ZP", "07700 900101",
                    Vulnerability.LIVES_ALONE, Vulnerability.AGED_70_PLUS), SupportNow.NONE,
                    need("Prescription collection", WhenNeeded.TOMORROW), need("Shopping", null));
            log(person("Robert", "Ashworth", LocalDate.of(1956, 9, 2), "OL1 9ZE", "0161 496 0102",
                    Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE), SupportNow.FAMILY_OR_FRIENDS,
                    need("Shopping", null));
            log(person("Aisha", "Begum", LocalDate.of(1989, 6, 21), "OL9 9ZB", "07700 900103"),
                    SupportNow.NEIGHBOURS_OR_COMMUNITY, need("Emergency food parcel", null),
                    need("Money, debt and benefits advice", null));
            log(person("Derek", "Holt", LocalDate.of(1961, 12, 5), "M35 9ZG", "07700 900104",
                    Vulnerability.MENTAL_HEALTH, Vulnerability.NO_SUPPORT_NETWORK), SupportNow.NONE,
                    need("Befriending", null));
        });
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

    private void log(ResidentDetails who, SupportNow support, NeedInput... needs) {
        intake.logCall(new LogCall(null, who, RoutingChoice.byPostcode(), List.of(needs), support, null, null, true,
                CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Demo call"), null));
    }
}
