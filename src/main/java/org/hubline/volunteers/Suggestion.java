package org.hubline.volunteers;

import java.util.List;

/**
 * A volunteer for a task: ranked with the reasons for their place, or excluded with the reason
 * they may not do it.
 */
public record Suggestion(long volunteerId, String name, int score, List<String> reasons, String exclusion) {

    public boolean excluded() {
        return exclusion != null;
    }
}
