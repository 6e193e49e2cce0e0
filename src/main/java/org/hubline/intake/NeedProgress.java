package org.hubline.intake;

/**
 * Work on a need outside intake moved on (a referral was sent, accepted, completed or declined):
 * intake moves the need's status to follow. {@code status} is IN_PROGRESS, MET, or ROUTED (back
 * to the hub's queue, with the reason).
 */
public record NeedProgress(long needId, NeedStatus status, String reason, String by) {
}
