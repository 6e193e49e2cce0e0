package org.hubline.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.residents.Duplicates;
import org.hubline.residents.ResidentHit;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A handler types what the caller says into the header's search, presses Enter and opens the resident. */
@H2Test
@ExtendWith(DemoBorough.class)
class FindResidentViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Duplicates duplicates;

    private static void pressEnter(TextField field) {
        ComponentUtil.fireEvent(field, new KeyDownEvent(field, Key.ENTER.getKeys().get(0)));
    }

    @Test
    void aHandlerSearchesFromTheHeaderOfAnyPageAndOpensTheResidentFound() {
        signedIn.as("handler");
        UI.getCurrent().navigate("calls");
        TextField header = find(TextField.class).id("find-resident");
        assertThat(header.getPlaceholder()).isEqualTo("Find a resident (Alt+F)");
        test(header).setValue("thomson 14/03/1948");
        pressEnter(header);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("residents");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .as("the terms stay out of the address").isEmpty();
        assertThat(find(TextField.class).id("resident-search-terms").getValue()).isEqualTo("thomson 14/03/1948");
        @SuppressWarnings("unchecked")
        Grid<ResidentHit> results = find(Grid.class).id("resident-search-results");
        assertThat(test(results).size()).isEqualTo(1);
        ResidentHit margaret = test(results).getRow(0);
        assertThat(margaret.name()).as("found despite the typo, as the call screen would")
                .isEqualTo("Margaret Thompson");
        assertThat(find(Paragraph.class).id("resident-search-summary").getText())
                .isEqualTo("1 resident found, best match first.");

        test(results).select(0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("residents/" + margaret.id());
    }

    @Test
    void aSearchWithNothingToSearchBySaysWhatToType() {
        signedIn.as("coordinator");
        navigate(FindResidentView.class);
        TextField terms = find(TextField.class).id("resident-search-terms");
        test(terms).setValue("j");
        pressEnter(terms);
        assertThat(find(Paragraph.class).id("resident-search-summary").getText())
                .startsWith("Type at least two letters of a name");
    }

    @Test
    void theHeaderSearchIsOfferedOnlyToThoseWhoWorkWithResidents() {
        for (String user : new String[] {"partner", "director", "admin"}) {
            signedIn.as(user);
            UI.getCurrent().navigate("find-hub");
            assertThat(find(TextField.class).all()).noneMatch(f -> "find-resident".equals(f.getId().orElse(null)));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorMergesTwoRecordsOfOnePersonSheFoundBySearch() {
        String surname = "Twice" + Unique.letters();
        signedIn.as("handler");
        long first = intake.logCall(Calls.newCall(Calls.resident("Doris", surname, LocalDate.of(1939, 9, 9),
                Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null)))).residentId();
        long second = intake.logCall(Calls.newCall(Calls.resident("Dot", surname, LocalDate.of(1939, 9, 9),
                Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null)))).residentId();
        signedIn.as("coordinator");
        navigate(FindResidentView.class);
        TextField terms = find(TextField.class).id("resident-search-terms");
        test(terms).setValue(surname);
        pressEnter(terms);
        Grid<ResidentHit> results = find(Grid.class).id("resident-search-results");
        assertThat(test(results).size()).isEqualTo(2);
        int pickColumn = results.getColumns().size() - 1;
        test((Checkbox) test(results).getCellComponent(0, pickColumn)).click();
        assertThat(find(Div.class).id("merge-bar").getElement().getTextRecursively()).contains("Pick one more");
        test((Checkbox) test(results).getCellComponent(1, pickColumn)).click();
        test(find(Button.class).id("merge-picked")).click();

        RadioButtonGroup<ResidentHit> keep = find(RadioButtonGroup.class).id("merge-keep");
        ResidentHit doris = keep.getListDataView().getItems().filter(h -> h.id() == first).findFirst().orElseThrow();
        test(find(Button.class).id("merge-confirm")).click();
        assertThat(keep.isInvalid()).as("asked whose record to keep").isTrue();
        keep.setValue(doris);
        test(find(Button.class).id("merge-confirm")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("residents/" + first);
        assertThat(duplicates.merges(first)).anySatisfy(m -> assertThat(m.merged().id()).isEqualTo(second));
    }

    @Test
    void aHandlerFindsButDoesNotMerge() {
        signedIn.as("handler");
        navigate(FindResidentView.class);
        TextField terms = find(TextField.class).id("resident-search-terms");
        test(terms).setValue("thompson");
        pressEnter(terms);
        @SuppressWarnings("unchecked")
        Grid<ResidentHit> results = find(Grid.class).id("resident-search-results");
        assertThat(results.getColumns()).noneMatch(c -> "Same person?".equals(c.getHeaderText()));
    }
}
