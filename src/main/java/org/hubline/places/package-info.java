/**
 * Places: the hubs residents' needs are routed to (and, as it grows, wards, hub footprints and
 * postcode routing). Other modules ask it about hubs through {@link org.hubline.places.HubDirectory}.
 */
package org.hubline.places;
