package org.hubline.residents;

/** One dietary requirement or communication and access need of a resident (child of {@link Resident}). */
record ResidentSupportNeed(SupportNeed need) {
}
