/**
 * The dialogs other modules' screens open on a need (from the hub's queue as from the resident's
 * page), so a need is moved on the same way wherever the user is.
 */
@NamedInterface("need-dialogs")
package org.hubline.intake.ui.needs;

import org.springframework.modulith.NamedInterface;
