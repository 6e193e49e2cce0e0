package org.hubline.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.casework.CaseFile;
import org.hubline.casework.Casework;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator gathers a household into a case on its page and hands the case to a colleague. */
@H2Test
@ExtendWith(DemoBorough.class)
class CaseViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Casework casework;

    private LoggedCall aCallFrom(String first, String last) {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(Calls.resident(first, last, Unique.birthday(), Calls.SHAW,
                Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    @Test
    void aCoordinatorAddsHerResidentsDaughterFoundBySearchAndAGrandchildNotOnHubline() {
        String family = "Household" + Unique.letters();
        LoggedCall mother = aCallFrom("Hilda", family);
        LoggedCall daughter = aCallFrom("Dawn", family);
        signedIn.as("coordinator");
        CaseFile opened = casework.open(mother.residentId(), "coordinator", null, List.of());
        UI.getCurrent().navigate("cases/" + opened.id());

        test(find(TextField.class).id("case-member-search")).setValue("Dawn " + family);
        test(find(Button.class).id("case-member-find")).click();
        test(find(Button.class).withAttribute("aria-label", "Add Dawn " + family + " to the household").first())
                .click();
        test(find(TextField.class).id("case-person-name")).setValue("Ava");
        test(find(TextField.class).id("case-person-relationship")).setValue("granddaughter, aged 6");
        test(find(Button.class).id("case-person-add")).click();

        assertThat(find(UnorderedList.class).id("case-members").getElement().getTextRecursively())
                .contains("Dawn " + family, "Ava (granddaughter, aged 6, not on Hubline)");
        assertThat(casework.view(opened.id()).members()).extracting(CaseFile.Member::residentId)
                .containsExactly(daughter.residentId());
    }

    @Test
    void aNameMadeOfEmojiIsRefusedAndWhatWasTypedStays() {
        LoggedCall mother = aCallFrom("Hilda", "Household" + Unique.letters());
        signedIn.as("coordinator");
        CaseFile opened = casework.open(mother.residentId(), "coordinator", null, List.of());
        UI.getCurrent().navigate("cases/" + opened.id());

        test(find(TextField.class).id("case-person-name")).setValue("😀😀");
        test(find(TextField.class).id("case-person-relationship")).setValue("friend");
        test(find(Button.class).id("case-person-add")).click();

        TextField name = find(TextField.class).id("case-person-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getValue()).isEqualTo("😀😀");
        assertThat(find(TextField.class).id("case-person-relationship").getValue()).isEqualTo("friend");
        assertThat(casework.view(opened.id()).people()).isEmpty();
    }

    @Test
    void aCoordinatorHandsTheCaseToACallHandlerWhoThenLeadsIt() {
        LoggedCall mother = aCallFrom("Hilda", "Household" + Unique.letters());
        signedIn.as("coordinator");
        CaseFile opened = casework.open(mother.residentId(), "coordinator", null, List.of());
        UI.getCurrent().navigate("cases/" + opened.id());

        @SuppressWarnings("unchecked")
        Select<String> lead = find(Select.class).id("case-lead");
        lead.setValue("handler.two");
        test(find(Button.class).id("case-hand-over")).click();

        assertThat(casework.view(opened.id()).leadWorker()).isEqualTo("handler.two");
        signedIn.as("handler.two");
        assertThat(casework.myCases()).anyMatch(c -> c.id() == opened.id());
    }
}
