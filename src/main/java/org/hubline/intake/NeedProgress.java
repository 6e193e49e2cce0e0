package org.hubline.intake;

/**
 * Work on a need outside intake moved on (a volunteer's task was offered or done; a referral was
 * sent, accepted, completed or declined): intake moves the need's status to follow. This event is
 * the one way another module moves a need on. {@code status} is IN_PROGRESS, MET, or ROUTED (back
 * to the hub's queue, with the reason).
 */
public record NeedProgress(long needId, NeedStatus status, String reason, String by) {
}
