/** Volunteers: the volunteer register, DBS checks, availability, tasks and allocation. */
package org.hubline.volunteers;
