package org.hubline.casework;

/** A resident a coordinator is about to open a case for: who, and their open case if they have one. */
public record CaseOpening(long residentId, String name, Long openCaseId) {
}
