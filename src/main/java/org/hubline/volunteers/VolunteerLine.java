package org.hubline.volunteers;

import java.time.LocalDate;

/** A volunteer in a short list: who, how to reach them, how busy, and when their DBS is due. */
public record VolunteerLine(long id, String name, String phone, int activeTasks, int maxTasks,
        LocalDate dbsRenewalDue) {
}
