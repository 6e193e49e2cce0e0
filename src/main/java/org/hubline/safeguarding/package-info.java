/**
 * Safeguarding: concerns about an adult or a child raised by handlers and coordinators, the
 * safeguarding lead's queue (acknowledge, then refer to social care or close with why), the
 * council's safeguarding inbox told of each, and the flag on the resident's page.
 */
package org.hubline.safeguarding;
