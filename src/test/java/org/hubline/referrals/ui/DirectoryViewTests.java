package org.hubline.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.referrals.ServiceRecord;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator can change only the services of their own hubs; one serving every hub is the admins' to change. */
@H2Test
class DirectoryViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @SuppressWarnings("unchecked")
    private Object changeCell(String service) {
        navigate(DirectoryView.class);
        test(find(TextField.class).id("directory-search")).setValue(service);
        Grid<ServiceRecord> grid = find(Grid.class).id("directory-services");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).details().name().equals(service)) {
                return test(grid).getCellComponent(i, 6);
            }
        }
        throw new AssertionError(service + " is not listed");
    }

    @Test
    void aCoordinatorIsToldThatAServiceOfEveryHubIsKeptByAnAdmin() {
        signedIn.as("coordinator");
        assertThat(changeCell("Emergency food parcels")).isInstanceOfSatisfying(Span.class,
                s -> assertThat(s.getText()).isEqualTo("Kept by an admin"));
    }

    @Test
    void anAdminCanChangeAServiceOfEveryHub() {
        signedIn.as("admin");
        assertThat(changeCell("Emergency food parcels")).isInstanceOf(Button.class);
    }
}
