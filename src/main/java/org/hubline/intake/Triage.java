package org.hubline.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hubline.residents.Vulnerability;

/**
 * The helpline's triage rules: a priority from the urgency of the needs, the resident's
 * vulnerability, household and who supports them now, with the reasons that led to it, strongest
 * first ("medicines needed today · CEV · lives alone").
 *
 * <p>Each fact adds points. A need wanted today is always P1; otherwise 6 or more points is P1,
 * 3 or more P2, and the rest P3.
 */
public final class Triage {

    static final int P1_POINTS = 6;
    static final int P2_POINTS = 3;

    private Triage() {
    }

    /** One need as triage sees it. */
    public record NeedFacts(String category, String type, boolean urgent, WhenNeeded whenNeeded) {
    }

    public record Facts(List<NeedFacts> needs, Set<Vulnerability> vulnerabilities, Integer age, int children,
            SupportNow supportNow) {
    }

    public record Result(Priority priority, List<String> reasons, int points) {

        public String reasonsText() {
            return reasons.isEmpty() ? "no urgent need or vulnerability recorded" : String.join(" · ", reasons);
        }
    }

    private record Reason(int points, String text) {
    }

    public static Result assess(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        boolean neededToday = false;
        for (NeedFacts need : facts.needs()) {
            String what = need.category().toLowerCase(Locale.ROOT);
            if (need.whenNeeded() == WhenNeeded.TODAY) {
                neededToday = true;
                add(reasons, 4, what + " needed today");
            } else if (need.whenNeeded() == WhenNeeded.TOMORROW) {
                add(reasons, 2, what + " needed tomorrow");
            }
            if (need.urgent()) {
                add(reasons, 4, need.type().toLowerCase(Locale.ROOT));
            }
        }
        addCircumstances(facts, reasons);
        int points = reasons.stream().mapToInt(Reason::points).sum();
        Priority priority = neededToday || points >= P1_POINTS ? Priority.P1
                : points >= P2_POINTS ? Priority.P2 : Priority.P3;
        List<String> texts = reasons.stream().sorted(Comparator.comparingInt(Reason::points).reversed())
                .map(Reason::text).toList();
        return new Result(priority, texts, points);
    }

    /** Who the resident is and how they live: vulnerabilities, nobody supporting them, age, children. */
    private static void addCircumstances(Facts facts, List<Reason> reasons) {
        Set<Vulnerability> v = facts.vulnerabilities();
        if (v.contains(Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE)) {
            add(reasons, 3, Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE.shortLabel());
        }
        if (v.contains(Vulnerability.NO_SUPPORT_NETWORK)) {
            add(reasons, 2, Vulnerability.NO_SUPPORT_NETWORK.shortLabel());
        }
        if (facts.supportNow() == SupportNow.NONE) {
            add(reasons, 2, "no one supporting them now");
        }
        for (Vulnerability one : List.of(Vulnerability.LIVES_ALONE, Vulnerability.MENTAL_HEALTH,
                Vulnerability.DISABILITY, Vulnerability.LONG_TERM_CONDITION, Vulnerability.PREGNANT,
                Vulnerability.UNPAID_CARER)) {
            if (v.contains(one)) {
                add(reasons, 1, one.shortLabel());
            }
        }
        if (v.contains(Vulnerability.AGED_70_PLUS) || facts.age() != null && facts.age() >= 70) {
            add(reasons, 1, Vulnerability.AGED_70_PLUS.shortLabel());
        }
        if (facts.children() > 0) {
            add(reasons, 1, facts.children() == 1 ? "a child in the household" : facts.children() + " children in the household");
        }
    }

    private static void add(List<Reason> reasons, int points, String text) {
        if (reasons.stream().noneMatch(r -> r.text().equals(text))) {
            reasons.add(new Reason(points, text));
        }
    }
}
