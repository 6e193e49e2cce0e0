package org.hubline.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page of Hubline's (a mistyped link): said inside the app, no routes listed. */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends RefusalPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event, "Page not found", "There is no page at this address. Check the link, or go on "
                + "from your home page or the menu.", HttpServletResponse.SC_NOT_FOUND);
    }
}
