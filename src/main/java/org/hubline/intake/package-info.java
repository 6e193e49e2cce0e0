/** Intake: calls, help requests and needs, triage and priority, repeat callers and callbacks. */
package org.hubline.intake;
