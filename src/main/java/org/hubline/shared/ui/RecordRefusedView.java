package org.hubline.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;

/**
 * A page the user's role may open, for a record outside their scope (a resident of another hub,
 * another partner's referral): the service refused it, and the user is told so inside the app.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordRefusedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, AccessRefusedView.HEADING, "What it shows belongs to another hub or organisation "
                + "than yours.", HttpServletResponse.SC_FORBIDDEN);
    }
}
