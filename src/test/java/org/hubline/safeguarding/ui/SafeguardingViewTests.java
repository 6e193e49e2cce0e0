package org.hubline.safeguarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.safeguarding.ConcernCategory;
import org.hubline.safeguarding.ConcernSummary;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A handler raises a concern about a child in immediate danger, told to call 999 first; the lead acknowledges it. */
@H2Test
@ExtendWith(DemoBorough.class)
class SafeguardingViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;

    @Test
    @SuppressWarnings("unchecked")
    void aHandlerRaisesAConcernAboutAChildAndTheLeadAcknowledgesIt() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(Calls.resident("Tilly", "Careful" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
        UI.getCurrent().navigate("safeguarding/new", QueryParameters.of("resident", String.valueOf(call.residentId())));
        test(find(Button.class).id("concern-raise")).click();
        assertThat(find(Div.class).id("concern-errors").getElement().getTextRecursively())
                .contains("The concern was not raised");

        RadioButtonGroup<ConcernCategory.Person> about = find(RadioButtonGroup.class).id("concern-about");
        about.setValue(ConcernCategory.Person.CHILD);
        Select<ConcernCategory> category = find(Select.class).id("concern-category");
        test(category).selectItem("Neglect");
        test(find(TextArea.class).id("concern-what")).setValue("The children say they have not eaten since Friday");
        test(find(Checkbox.class).id("concern-danger")).click();
        assertThat(find(Paragraph.class).id("concern-call-999").getText()).startsWith("Call 999 first");
        test(find(Button.class).id("concern-raise")).click();
        assertThat(find(H1.class).first().getText()).matches("Concern SG-\\d+ raised");

        signedIn.as("safeguarding");
        navigate(SafeguardingView.class);
        Grid<ConcernSummary> open = find(Grid.class).id("safeguarding-open");
        int row = IntStream.range(0, test(open).size()).filter(i -> test(open).getRow(i).whatHappened()
                .contains("not eaten since Friday")).findFirst().orElseThrow();
        assertThat(test(open).getRow(row).immediateDanger()).isTrue();
        assertThat(test(open).getRow(0).immediateDanger()).as("immediate danger first").isTrue();
        test((Button) ((Div) test(open).getCellComponent(row, 6)).getChildren().findFirst().orElseThrow()).click();
        Grid<ConcernSummary> after = find(Grid.class).id("safeguarding-open");
        assertThat(IntStream.range(0, test(after).size()).mapToObj(i -> test(after).getRow(i))
                .filter(c -> c.whatHappened().contains("not eaten since Friday")).findFirst().orElseThrow().status())
                .isEqualTo("Acknowledged");
    }
}
