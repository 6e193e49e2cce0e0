package org.hubline.accounts.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.SignedInUser;
import org.springframework.stereotype.Component;

/** Sends a user with a temporary password to change it before they can open anything else. */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    MustChangePasswordGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            if (currentUser.get().map(SignedInUser::mustChangePassword).orElse(false)) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
