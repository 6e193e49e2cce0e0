package org.hubline.volunteers;

import java.time.LocalTime;

/** A part of the day in the weekly availability grid: morning (to 12:00), afternoon (to 17:00), evening. */
public enum PartOfDay {
    MORNING("Morning"), AFTERNOON("Afternoon"), EVENING("Evening");

    private final String label;

    PartOfDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PartOfDay of(LocalTime time) {
        return time.isBefore(LocalTime.NOON) ? MORNING : time.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
    }
}
