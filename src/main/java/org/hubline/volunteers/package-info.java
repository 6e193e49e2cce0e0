/**
 * Volunteers: the register (skills, availability, DBS and other checks), tasks made from needs
 * routed to a hub, ranked and explained allocation, the coordinator's day, and messages to
 * volunteers through GOV.UK Notify.
 */
package org.hubline.volunteers;
