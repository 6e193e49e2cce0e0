package org.hubline.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hubline.intake.ResidentSignals;
import org.junit.jupiter.api.Test;

class ComplexDemandRulesTests {

    private static final ComplexDemandRules RULES = new ComplexDemandRules(null, null, null, null, null);

    private static ResidentSignals signals(int calls, Set<String> categories, List<String> notMetTwice,
            boolean p1Late, boolean vulnerable) {
        return new ResidentSignals(1, 1, "Someone", calls, null, null, categories, notMetTwice, p1Late, vulnerable);
    }

    @Test
    void threeCallsInTwentyEightDaysFireWithTheFacts() {
        assertThat(RULES.evaluate(signals(3, Set.of("FOOD"), List.of(), false, false), 0))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("3+ calls in 28 days");
                    assertThat(f.facts()).isEqualTo("3 calls in the last 28 days");
                });
        assertThat(RULES.evaluate(signals(2, Set.of("FOOD"), List.of(), false, false), 0)).isEmpty();
    }

    @Test
    void eachRuleFiresOnItsOwnFactsStrongestFirst() {
        List<ComplexDemandRules.Fired> fired = RULES.evaluate(signals(1, Set.of("FOOD", "MONEY", "WELLBEING"),
                List.of("Food"), true, true), 2);
        assertThat(fired).extracting(ComplexDemandRules.Fired::rule).containsExactly(
                "Vulnerable, with a P1 request past its SLA", "Needs in 3+ categories",
                "The same need not met 2+ times", "Referrals declined 2+ times");
        assertThat(fired.get(1).facts()).isEqualTo("3 kinds of need: food, money, wellbeing");
    }

    @Test
    void aLateP1CountsOnlyForVulnerableResidentsAndTheThresholdsAreSettings() {
        assertThat(RULES.evaluate(signals(0, Set.of(), List.of(), true, false), 0)).isEmpty();
        ComplexDemandRules strict = new ComplexDemandRules(5, 14, 4, 2, 3);
        assertThat(strict.evaluate(signals(4, Set.of("FOOD", "MONEY", "WELLBEING"), List.of(), false, false), 2))
                .isEmpty();
        assertThat(strict.evaluate(signals(5, Set.of(), List.of(), false, false), 0)).extracting(
                ComplexDemandRules.Fired::rule).containsExactly("5+ calls in 14 days");
    }
}
