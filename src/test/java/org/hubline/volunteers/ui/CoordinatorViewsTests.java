package org.hubline.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.HubNeed;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.shared.security.HubRef;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.hubline.volunteers.TaskSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator makes a task from a need on "my hub today", sees explained suggestions, and records a volunteer. */
@H2Test
class CoordinatorViewsTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    MutableClock clock;
    @Autowired
    Routing routing;
    @Autowired
    PostcodeImports imports;

    @BeforeEach
    void setUp() {
        clock.reset();
        Calls.ensureDemoPostcodes(signedIn, routing, imports);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorMakesATaskFromANeedAndSeesWhoCanTakeItAndWhy() {
        signedIn.as("handler");
        intake.logCall(Calls.newCall(Calls.resident("Gwen", "Gridview", LocalDate.of(1947, 6, 7), Calls.SHAW,
                "07700 970001"), List.of(Calls.need(taxonomy, "Shopping", null))));
        signedIn.as("coordinator");
        navigate(MyHubView.class);
        Select<HubRef> hub = find(Select.class).id("my-hub-choice");
        test(hub).selectItem("North Hub");

        Grid<HubNeed> needs = find(Grid.class).id("hub-needs");
        int row = -1;
        for (int i = 0; i < test(needs).size(); i++) {
            if ("Gwen".equals(test(needs).getRow(i).residentFirstName())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        test((Button) test(needs).getCellComponent(row, 5)).click();
        test(find(Button.class).id("task-save")).click();

        Grid<TaskSummary> open = find(Grid.class).id("open-tasks");
        assertThat(test(open).size()).isPositive();
        int last = test(open).size() - 1;
        test((Button) test(open).getCellComponent(last, 3)).click();
        String suggestions = find(Div.class).id("suggestions").getElement().getTextRecursively();
        assertThat(suggestions).contains("1. ", "does shopping");
        assertThat(find(UnorderedList.class).id("excluded-volunteers").getElement().getTextRecursively())
                .contains("Eddie Expired: DBS check expired on");
    }

    @Test
    void aRefusedVolunteerSaveKeepsWhatWasTypedAndSaysWhy() {
        signedIn.as("coordinator");
        navigate(VolunteersView.class);
        test(find(Button.class).id("add-volunteer")).click();
        test(find(TextField.class).id("volunteer-first-name")).setValue("Nadia");
        test(find(TextField.class).id("volunteer-phone")).setValue("not a number");
        test(find(Button.class).id("volunteer-save")).click();

        TextField phone = find(TextField.class).id("volunteer-phone");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Enter a UK phone number like 07700 900123");
        assertThat(phone.getValue()).isEqualTo("not a number");
        assertThat(find(TextField.class).id("volunteer-first-name").getValue()).isEqualTo("Nadia");
        assertThat(find(TextField.class).id("volunteer-last-name").getErrorMessage())
                .isEqualTo("Enter the last name");
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Not saved:"));
    }
}
