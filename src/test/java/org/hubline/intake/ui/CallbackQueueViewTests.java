package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;

import org.hubline.accounts.Colleague;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallbackItem;
import org.hubline.intake.CallbackQueue;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.Priority;
import org.hubline.intake.WhenNeeded;
import org.hubline.residents.Vulnerability;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A handler opens the callback queue, sees the most urgent first and shares the unassigned out. */
@H2Test
@ExtendWith(DemoBorough.class)
class CallbackQueueViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    CallbackQueue callbackQueue;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        signedIn.as("handler");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMostUrgentCallbackIsFirstAndUnassignedOnesAreSharedOut() {
        LoggedCall urgent = intake.logCall(newCall(resident("Queue", "Urgent", LocalDate.of(1950, 2, 3), Calls.SHAW,
                "07700 911001", Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE), List.of(need(taxonomy,
                        "Prescription collection", WhenNeeded.TODAY))));

        navigate(CallsView.class);
        Grid<CallbackItem> queue = find(Grid.class).id("callback-queue");
        assertThat(test(queue).getRow(0).priority()).isEqualTo(Priority.P1);
        boolean listed = false;
        for (int row = 0; row < test(queue).size(); row++) {
            listed |= test(queue).getRow(row).requestId() == urgent.requestId();
        }
        assertThat(listed).isTrue();

        MultiSelectComboBox<Colleague> handlers = find(MultiSelectComboBox.class).id("share-handlers");
        test(handlers).selectItem("Hana Handler", "Harry Helpline");
        test(find(Button.class).id("share-callbacks")).click();
        assertThat(callbackQueue.callbacks(0, 10_000)).allMatch(c -> c.assignee() != null);
    }
}
