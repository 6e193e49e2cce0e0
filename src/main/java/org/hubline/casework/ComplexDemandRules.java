package org.hubline.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hubline.intake.ResidentSignals;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules that flag complex demand, as settings ({@code hubline.casework.rules.*}): each rule
 * that fires says which it is, the facts behind it, and adds to the resident's risk score.
 */
@ConfigurationProperties("hubline.casework.rules")
public record ComplexDemandRules(Integer repeatCalls, Integer repeatWindowDays, Integer categories,
        Integer notMetTimes, Integer declinedReferrals) {

    public ComplexDemandRules {
        repeatCalls = repeatCalls == null ? 3 : repeatCalls;
        repeatWindowDays = repeatWindowDays == null ? 28 : repeatWindowDays;
        categories = categories == null ? 3 : categories;
        notMetTimes = notMetTimes == null ? 2 : notMetTimes;
        declinedReferrals = declinedReferrals == null ? 2 : declinedReferrals;
    }

    /** A rule that fired, with its facts and weight. */
    public record Fired(String rule, String facts, int weight) {
    }

    /** The rules that fire for the resident's signals (and referrals declined), strongest first. */
    public List<Fired> evaluate(ResidentSignals s, int referralsDeclined) {
        List<Fired> fired = new ArrayList<>();
        if (s.p1OpenPastDue() && s.vulnerable()) {
            fired.add(new Fired("Vulnerable, with a P1 request past its SLA",
                    "a same-day request is still open after its due time", 5));
        }
        if (s.callsInWindow() >= repeatCalls) {
            fired.add(new Fired(repeatCalls + "+ calls in " + repeatWindowDays + " days",
                    s.callsInWindow() + " calls in the last " + repeatWindowDays + " days", 3));
        }
        if (s.categoriesInWindow().size() >= categories) {
            fired.add(new Fired("Needs in " + categories + "+ categories", s.categoriesInWindow().size()
                    + " kinds of need: " + String.join(", ", new TreeSet<>(s.categoriesInWindow()))
                            .toLowerCase(), 3));
        }
        if (!s.categoriesNotMetRepeatedly().isEmpty()) {
            fired.add(new Fired("The same need not met " + notMetTimes + "+ times",
                    String.join(", ", s.categoriesNotMetRepeatedly()) + " not met " + notMetTimes + " times or more", 2));
        }
        if (referralsDeclined >= declinedReferrals) {
            fired.add(new Fired("Referrals declined " + declinedReferrals + "+ times",
                    referralsDeclined + " referrals declined or not helped", 2));
        }
        fired.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        return fired;
    }
}
