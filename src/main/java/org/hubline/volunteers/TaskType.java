package org.hubline.volunteers;

/** Kinds of volunteer task, each needing a skill; the DBS level each needs is a setting ({@link TaskRules}). */
public enum TaskType {
    FOOD_DELIVERY("Food delivery", "DRIVING"),
    SHOPPING("Shopping", "SHOPPING"),
    PRESCRIPTION_COLLECTION("Prescription collection", "PRESCRIPTIONS"),
    BEFRIENDING_CALL("Befriending call", "BEFRIENDING_PHONE"),
    BEFRIENDING_VISIT("Befriending visit", "BEFRIENDING_VISIT"),
    DOG_WALKING("Dog walking", "DOG_WALKING"),
    ERRAND("Errand", "ERRANDS"),
    FORM_FILLING("Help with forms", "FORM_FILLING"),
    DOORSTEP_CHECK("Doorstep check", "BEFRIENDING_VISIT");

    private final String label;
    private final String skill;

    TaskType(String label, String skill) {
        this.label = label;
        this.skill = skill;
    }

    public String label() {
        return label;
    }

    /** The skill code a volunteer needs for this kind of task. */
    public String skill() {
        return skill;
    }
}
