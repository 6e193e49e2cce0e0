package org.hubline.safeguarding;

import java.util.Arrays;
import java.util.List;

/**
 * What kind of harm a concern is about: for adults the types of abuse and neglect in the Care Act
 * 2014 statutory guidance, for children those in Working Together to Safeguard Children, and
 * exploitation.
 */
public enum ConcernCategory {
    PHYSICAL(Person.ADULT, "Physical abuse"),
    DOMESTIC(Person.ADULT, "Domestic abuse"),
    SEXUAL(Person.ADULT, "Sexual abuse"),
    PSYCHOLOGICAL(Person.ADULT, "Psychological or emotional abuse"),
    FINANCIAL(Person.ADULT, "Financial or material abuse"),
    MODERN_SLAVERY(Person.ADULT, "Modern slavery"),
    DISCRIMINATORY(Person.ADULT, "Discriminatory abuse"),
    ORGANISATIONAL(Person.ADULT, "Organisational abuse"),
    NEGLECT(Person.ADULT, "Neglect or acts of omission"),
    SELF_NEGLECT(Person.ADULT, "Self-neglect"),
    CHILD_PHYSICAL(Person.CHILD, "Physical abuse"),
    CHILD_EMOTIONAL(Person.CHILD, "Emotional abuse"),
    CHILD_SEXUAL(Person.CHILD, "Sexual abuse"),
    CHILD_NEGLECT(Person.CHILD, "Neglect"),
    CHILD_EXPLOITATION(Person.CHILD, "Exploitation (criminal or sexual)");

    /** Whom a concern is about. */
    public enum Person {
        ADULT("An adult"), CHILD("A child");

        private final String label;

        Person(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Person about;
    private final String label;

    ConcernCategory(Person about, String label) {
        this.about = about;
        this.label = label;
    }

    public Person about() {
        return about;
    }

    public String label() {
        return label;
    }

    /** The categories for a concern about an adult, or about a child. */
    public static List<ConcernCategory> about(Person person) {
        return Arrays.stream(values()).filter(c -> c.about == person).toList();
    }
}
