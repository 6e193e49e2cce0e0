package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A need is named once when its type is its category ("Social isolation", not "Social isolation · Social isolation"). */
class NeedLabelsTests {

    private static NeedSummary need(String category, String type) {
        return new NeedSummary(1, 1, category, type, null, null, NeedStatus.ROUTED, null, null, null, null, null,
                null, null);
    }

    @Test
    void aNeedNamedAsItsCategoryIsSaidOnceAndOthersWithTheirCategory() {
        assertThat(need("Social isolation", "Social isolation").label()).isEqualTo("Social isolation");
        assertThat(need("Food", "Shopping").label()).isEqualTo("Food · Shopping");
    }
}
