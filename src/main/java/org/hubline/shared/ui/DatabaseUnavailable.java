package org.hubline.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.hubline.shared.persistence.DatabaseOutage;
import org.springframework.stereotype.Component;

/**
 * While the database cannot be reached, a save or any other action says so at once — nothing was
 * saved, and what was typed is still on the screen to send again — instead of failing silently;
 * other unexpected failures say that something went wrong. Opening a page meanwhile shows
 * {@link DatabaseUnavailableView}. Once the database is back, everything works again by itself.
 */
@Component
class DatabaseUnavailable implements VaadinServiceInitListener {

    static final String MESSAGE = "Hubline cannot reach its database just now. Nothing was saved, and what you "
            + "typed is still here: try again in a minute.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        boolean database = DatabaseOutage.in(event.getThrowable());
        if (!database) {
            new DefaultErrorHandler().error(event);
        }
        Notification note = Notification.show(database ? MESSAGE : "Something went wrong on Hubline's side and it "
                + "was not done. What you typed is still here: try again, and if it keeps failing tell the Hubline "
                + "team.", 10_000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("unexpected-error");
    }
}
