package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A council that has not said its name is "the council"; blank settings are no settings. */
class CouncilSettingsTests {

    @Test
    void aCouncilNotYetNamedIsTheCouncilAndBlankSettingsAreLeftOut() {
        CouncilSettings unset = new CouncilSettings(" ", "", null, null);
        assertThat(unset.name()).isEqualTo("the council");
        assertThat(unset.town()).isNull();
        assertThat(unset.helplineNumber()).isNull();
        assertThat(new CouncilSettings(" Rochdale Borough Council ", " Rochdale", "01706 000000", null).name())
                .isEqualTo("Rochdale Borough Council");
    }

    @Test
    void theRegionAddressesGiveIsTheTownUnlessSet() {
        assertThat(new CouncilSettings("Rochdale Borough Council", "Rochdale", null, " ").region()).isEqualTo("Rochdale");
        assertThat(new CouncilSettings("Rochdale Borough Council", "Rochdale", null, "Greater Manchester").region())
                .isEqualTo("Greater Manchester");
    }
}
