package org.hubline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;

import org.hubline.shared.persistence.DatabaseOutage;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A handler pressing Save while the database is out of reach is told at once that nothing was
 * saved and what she typed is still there, not left with a silent screen.
 */
@H2Test
class DatabaseUnavailableViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    DatabaseUnavailable unavailable;

    @Test
    void aSaveDuringAnOutageSaysNothingWasSavedAndToTryAgain() {
        signedIn.as("handler");
        UI.getCurrent().navigate("calls/new");
        unavailable.handle(new ErrorEvent(new RuntimeException("wrapped", new CannotCreateTransactionException(
                "no connection", new CannotGetJdbcConnectionException("refused")))));

        Notification told = find(Notification.class).id("unexpected-error");
        assertThat(test(told).getText()).isEqualTo(DatabaseUnavailable.MESSAGE);
        assertThat(told.isOpened()).isTrue();
        assertThat(DatabaseOutage.in(new CannotGetJdbcConnectionException("refused"))).isTrue();
        assertThat(DatabaseOutage.in(new IllegalStateException("a bug"))).isFalse();
    }
}
