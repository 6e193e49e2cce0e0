package org.hubline.places;

/**
 * Implemented by modules that route work to hubs by ward, so the footprint designer can say
 * before a change how much open work would move to another hub.
 */
public interface OpenWorkInWards {

    /** How many open help requests in the ward are routed to the hub now. */
    int openRequests(String wardCode, long hubId);
}
