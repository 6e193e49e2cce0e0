package org.hubline.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.residents.ResidentHit;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A handler types what the caller says into the header's search, presses Enter and opens the resident. */
@H2Test
@ExtendWith(DemoBorough.class)
class FindResidentViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

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
}
