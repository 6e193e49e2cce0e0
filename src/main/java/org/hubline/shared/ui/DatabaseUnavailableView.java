package org.hubline.shared.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import org.springframework.dao.DataAccessResourceFailureException;

/** A page opened while the database cannot be reached: said plainly inside the app, never as a trace. */
@ParentLayout(MainLayout.class)
@PermitAll
public class DatabaseUnavailableView extends RefusalPage implements HasErrorParameter<DataAccessResourceFailureException> {

    static final String HEADING = "Hubline cannot reach its database just now";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> p) {
        return explain(this, event);
    }

    /** Shows why on the page, with status 503 for a first load. */
    static int explain(RefusalPage page, BeforeEnterEvent event) {
        return page.show(event, HEADING, "Nothing has been lost. Try again in a minute: the page will work as soon "
                + "as the database is back. If it goes on, tell the Hubline team.",
                HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
