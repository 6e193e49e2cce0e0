package org.hubline.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * What a signed-in user sees, inside the app's shell with its menu, when a page is not theirs to
 * open or is not there: a plain heading, why, and a way home. It never lists the app's routes
 * nor shows an error's trace, in development as in production.
 */
abstract class RefusalPage extends Div {

    /** Shows the page and gives the HTTP status for a first load. */
    int show(BeforeEnterEvent event, String heading, String why, int status) {
        removeAll();
        setId("refusal");
        add(new H1(heading), new Paragraph(why), new Anchor("", "Go to your home page"));
        event.getUI().getPage().setTitle(heading + " · Hubline");
        return status;
    }
}
