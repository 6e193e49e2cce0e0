/**
 * Small shared vocabulary every module uses: roles and the signed-in user, the UI shell,
 * and persistence conventions. It depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.hubline.shared;

import org.springframework.modulith.ApplicationModule;
