package org.hubline.volunteers;

/**
 * A hub's volunteer capacity now: active volunteers serving it, the tasks they can hold at once
 * between them, and the tasks they hold (a volunteer serving two hubs counts in both).
 */
public record HubCapacity(long hubId, int activeVolunteers, int slots, int tasksInHand) {

    public int freeSlots() {
        return Math.max(0, slots - tasksInHand);
    }
}
