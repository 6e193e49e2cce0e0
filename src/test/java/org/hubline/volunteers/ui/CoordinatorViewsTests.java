package org.hubline.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.VolunteerBuilder.aVolunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.CallbackItem;
import org.hubline.intake.Channel;
import org.hubline.intake.Direction;
import org.hubline.intake.Calls;
import org.hubline.intake.HubNeed;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.HubRef;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.hubline.volunteers.DbsLevel;
import org.hubline.volunteers.TaskSummary;
import org.hubline.volunteers.TaskType;
import org.hubline.volunteers.VolunteerRoster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator makes a task from a need on "my hub today", sees explained suggestions, and records a volunteer. */
@H2Test
@ExtendWith(DemoBorough.class)
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
    VolunteerRoster roster;
    @Autowired
    HubDirectory hubs;

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorMakesATaskFromANeedAndSeesWhoCanTakeItAndWhy() {
        signedIn.as("coordinator");
        LocalDate today = LocalDate.now(clock);
        long north = hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
        roster.register(aVolunteer().called("Lena", "Lapsedview").forHub(north).doing("SHOPPING").freeAnyTime()
                .withDbs(DbsLevel.BASIC, today.minusYears(4), today.minusMonths(2)).build());
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
        test((Button) step(needs, row, "make-task-")).click();
        test(find(Button.class).id("task-save")).click();

        Grid<TaskSummary> open = find(Grid.class).id("open-tasks");
        assertThat(test(open).size()).isPositive();
        int last = test(open).size() - 1;
        test((Button) test(open).getCellComponent(last, 3)).click();
        String suggestions = find(Div.class).id("suggestions").getElement().getTextRecursively();
        assertThat(suggestions).contains("1. ", "does shopping");
        assertThat(find(UnorderedList.class).id("excluded-volunteers").getElement().getTextRecursively())
                .contains("Lena Lapsedview: DBS check expired on");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorSendsAVolunteerToTheDoorOfSomeoneTheHelplineCouldNotReach() {
        signedIn.as("handler");
        var call = intake.logCall(Calls.newCall(Calls.resident("Nora", "Noanswer", LocalDate.of(1941, 3, 4),
                Calls.SHAW, "07700 970003"), List.of(Calls.need(taxonomy, "Shopping", null))));
        for (int i = 0; i < 3; i++) {
            intake.logCallback(call.requestId(), new CallDetails(Direction.OUTBOUND, Channel.PHONE, null,
                    CallOutcome.NO_ANSWER, null, null));
        }
        signedIn.as("coordinator");
        navigate(MyHubView.class);
        test((Select<HubRef>) find(Select.class).id("my-hub-choice")).selectItem("North Hub");
        Grid<CallbackItem> unreached = find(Grid.class).id("unreachable-grid");
        int row = IntStream.range(0, test(unreached).size()).filter(i -> test(unreached).getRow(i).requestId()
                == call.requestId()).findFirst().orElseThrow();
        assertThat(test(unreached).getCellText(row, 2)).startsWith("3 attempts");

        Div choices = (Div) test(unreached).getCellComponent(row, 3);
        Button doorstep = (Button) choices.getChildren().findFirst().orElseThrow();
        assertThat(doorstep.getElement().getAttribute("aria-label")).isEqualTo("Doorstep check for Nora Noanswer");
        test(doorstep).click();

        assertThat(IntStream.range(0, test(unreached).size()).mapToObj(i -> test(unreached).getRow(i))
                .map(CallbackItem::requestId)).doesNotContain(call.requestId());
        Grid<TaskSummary> open = find(Grid.class).id("open-tasks");
        assertThat(IntStream.range(0, test(open).size()).mapToObj(i -> test(open).getRow(i)))
                .anyMatch(t -> t.type() == TaskType.DOORSTEP_CHECK && t.needId() == call.needs().get(0).id());
    }

    /** The next step of a row of "my hub today" whose id starts so. */
    private Component step(Grid<HubNeed> needs, int row, String id) {
        Div steps = (Div) test(needs).getCellComponent(row, 5);
        return steps.getChildren().filter(c -> c.getId().orElse("").startsWith(id)).findFirst().orElseThrow();
    }

    private int rowOf(Grid<HubNeed> needs, String firstName) {
        for (int i = 0; i < test(needs).size(); i++) {
            if (firstName.equals(test(needs).getRow(i).residentFirstName())) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorWorksANeedFromHerQueueAndSendsAnotherToTheHubThatShouldHaveIt() {
        signedIn.as("handler");
        var call = intake.logCall(Calls.newCall(Calls.resident("Hilda", "Nextstep", LocalDate.of(1946, 2, 3),
                Calls.SHAW, "07700 970002"), List.of(Calls.need(taxonomy, "Shopping", null),
                        Calls.need(taxonomy, "Errands", null))));
        signedIn.as("coordinator");
        navigate(MyHubView.class);
        test((Select<HubRef>) find(Select.class).id("my-hub-choice")).selectItem("North Hub");
        Grid<HubNeed> needs = find(Grid.class).id("hub-needs");
        int row = IntStream.range(0, test(needs).size()).filter(i -> test(needs).getRow(i).requestId()
                == call.requestId() && test(needs).getRow(i).type().equals("Shopping")).findFirst().orElseThrow();
        HubNeed shopping = test(needs).getRow(row);
        assertThat(((Anchor) test(needs).getCellComponent(row, 3)).getHref())
                .isEqualTo("residents/" + call.residentId());
        assertThat(((Anchor) step(needs, row, "refer-hub-need-")).getHref())
                .isEqualTo("referrals/new?need=" + shopping.needId());
        assertThat(((Anchor) step(needs, row, "open-case-hub-need-")).getHref())
                .isEqualTo("cases/new?resident=" + call.residentId());

        test((Button) step(needs, row, "move-hub-need-")).click();
        var move = (RadioButtonGroup<Object>) find(
                RadioButtonGroup.class).id("need-move");
        move.setValue(move.getListDataView().getItems().filter(m -> m.toString().equals("SEND")).findFirst()
                .orElseThrow());
        test(find(Button.class).id("need-move-save")).click();
        assertThat(find(Div.class).id("need-move-errors").getElement().getTextRecursively())
                .contains("Choose the hub to send it to");

        var hub = (ComboBox<Hub>) find(
                ComboBox.class).id("need-move-hub");
        test(hub).selectItem("South Hub");
        test(find(TextArea.class).id("need-move-reason"))
                .setValue("She is staying with her daughter in Failsworth");
        test(find(Button.class).id("need-move-save")).click();

        assertThat(rowOf(find(Grid.class).id("hub-needs"), "Hilda")).as("her other need is still here")
                .isNotNegative();
        Grid<HubNeed> after = find(Grid.class).id("hub-needs");
        assertThat(IntStream.range(0, test(after).size()).mapToObj(i -> test(after).getRow(i))
                .noneMatch(n -> n.needId() == shopping.needId())).isTrue();
        signedIn.as("coordinator.south");
        navigate(VolunteersView.class);
        navigate(MyHubView.class);
        Grid<HubNeed> south = find(Grid.class).id("hub-needs");
        assertThat(IntStream.range(0, test(south).size()).mapToObj(i -> test(south).getRow(i).needId()))
                .as("the South hub sees it at once").contains(shopping.needId());
    }

    @Test
    void anAdminAddingASkillWithABadCodeIsToldByTheFieldAndKeepsWhatTheyTyped() {
        signedIn.as("admin");
        navigate(SkillsView.class);
        test(find(Button.class).id("add-skill")).click();
        test(find(TextField.class).id("skill-code")).setValue("sign language");
        test(find(TextField.class).id("skill-name")).setValue("British Sign Language");
        test(find(Button.class).id("skill-save")).click();

        assertThat(find(Div.class).id("skill-errors").getElement().getTextRecursively())
                .contains("The skill was not saved", "A code is 2–32 capital letters or underscores");
        TextField code = find(TextField.class).id("skill-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getValue()).isEqualTo("sign language");
        assertThat(find(TextField.class).id("skill-name").getValue()).isEqualTo("British Sign Language");
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
