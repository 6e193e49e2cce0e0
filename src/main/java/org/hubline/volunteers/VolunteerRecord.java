package org.hubline.volunteers;

/** A volunteer as stored, with how many tasks they hold now and the version an edit is based on. */
public record VolunteerRecord(long id, VolunteerDetails details, int activeTasks, int version) {

    public String name() {
        return details.name();
    }
}
