package org.hubline.intake;

/** A hub's open needs now, and how many of them are past their due time (aggregates only). */
public record HubBacklog(long hubId, int open, int pastDue) {
}
