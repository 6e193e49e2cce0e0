package org.hubline.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import org.hubline.shared.security.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;

/** A page whose roles the user has not got ("calls" for a partner): refused inside the app. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    static final String HEADING = "You do not have access to this page";

    private final ApplicationEventPublisher events;

    public AccessRefusedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new AccessRefused("page " + event.getLocation().getPath(), null,
                "The role does not include this page"));
        return show(event, HEADING, "Your role does not include this page. If you need it for your work, ask "
                + "an admin.", HttpServletResponse.SC_FORBIDDEN);
    }
}
