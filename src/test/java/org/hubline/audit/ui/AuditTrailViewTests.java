package org.hubline.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditTrail;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin finds who did what in the audit trail by filtering it. */
@H2Test
class AuditTrailViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    AuditTrail audit;

    @Test
    void adminFiltersTheTrailByUser() {
        signedIn.as("director");
        String marker = UUID.randomUUID().toString();
        audit.record("TEST_LOOKED", "TEST_RECORD", marker, "Director looked");
        signedIn.as("admin");
        navigate(AuditTrailView.class);

        test(find(TextField.class).id("audit-user")).setValue("director");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = find(Grid.class).id("audit-trail");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        boolean found = false;
        for (int i = 0; i < Math.min(50, test(grid).size()); i++) {
            assertThat(test(grid).getCellText(i, 1)).isEqualTo("director");
            found |= test(grid).getCellText(i, 3).equals("TEST_RECORD " + marker);
        }
        assertThat(found).as("the director's entry is listed").isTrue();

        test(find(TextField.class).id("audit-user")).setValue("nobody-at-all");
        assertThat(test(grid).size()).isZero();
    }
}
