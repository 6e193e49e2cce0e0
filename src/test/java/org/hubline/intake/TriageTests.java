package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hubline.residents.Vulnerability;
import org.junit.jupiter.api.Test;

class TriageTests {

    private static final Triage.NeedFacts MEDICINES_TODAY = new Triage.NeedFacts("Medicines", "Prescription collection",
            false, WhenNeeded.TODAY);
    private static final Triage.NeedFacts SHOPPING = new Triage.NeedFacts("Food", "Shopping", false, null);
    private static final Triage.NeedFacts EMERGENCY_PARCEL = new Triage.NeedFacts("Food", "Emergency food parcel",
            true, null);

    private static Triage.Result assess(List<Triage.NeedFacts> needs, Set<Vulnerability> flags, Integer age,
            int children, SupportNow support) {
        return Triage.assess(new Triage.Facts(needs, flags, age, children, support));
    }

    @Test
    void medicinesNeededTodayAreAlwaysSameDay() {
        Triage.Result r = assess(List.of(MEDICINES_TODAY), Set.of(), 40, 0, SupportNow.FAMILY_OR_FRIENDS);
        assertThat(r.priority()).isEqualTo(Priority.P1);
        assertThat(r.reasonsText()).isEqualTo("medicines needed today");
    }

    @Test
    void reasonsAreListedStrongestFirst() {
        Triage.Result r = assess(List.of(MEDICINES_TODAY), Set.of(Vulnerability.LIVES_ALONE,
                Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE), 50, 0, SupportNow.FAMILY_OR_FRIENDS);
        assertThat(r.reasons()).containsExactly("medicines needed today", "CEV", "lives alone");
    }

    @Test
    void anEmergencyParcelForSomeoneWithNoSupportIsP1ButOnItsOwnP2() {
        assertThat(assess(List.of(EMERGENCY_PARCEL), Set.of(), 30, 0, SupportNow.NONE).priority())
                .isEqualTo(Priority.P1);
        assertThat(assess(List.of(EMERGENCY_PARCEL), Set.of(), 30, 0, SupportNow.FAMILY_OR_FRIENDS).priority())
                .isEqualTo(Priority.P2);
    }

    @Test
    void shoppingForSomeoneWellSupportedIsP3AndSaysSo() {
        Triage.Result r = assess(List.of(SHOPPING), Set.of(), 45, 0, SupportNow.FAMILY_OR_FRIENDS);
        assertThat(r.priority()).isEqualTo(Priority.P3);
        assertThat(r.reasonsText()).isEqualTo("no urgent need or vulnerability recorded");
    }

    @Test
    void ageFromTheDateOfBirthAndChildrenInTheHouseholdCount() {
        Triage.Result r = assess(List.of(SHOPPING), Set.of(Vulnerability.LIVES_ALONE), 82, 2, SupportNow.FAMILY_OR_FRIENDS);
        assertThat(r.reasons()).contains("aged 70+", "2 children in the household", "lives alone");
        assertThat(r.priority()).isEqualTo(Priority.P2);
    }
}
