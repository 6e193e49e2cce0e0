package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.NeedCategory;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An admin adds a need category, renames it and retires it: handlers stop being offered its
 * needs, while the needs recorded and the figures counted under it keep its name.
 */
@H2Test
class NeedTaxonomyViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    NeedTaxonomy taxonomy;

    @Test
    void anAdminAddsRenamesAndRetiresANeedCategory() {
        signedIn.as("admin");
        navigate(NeedTaxonomyView.class);
        String code = ("PETS_" + Unique.letters()).toUpperCase(Locale.ROOT);
        test(find(Button.class).id("add-need-category")).click();
        test(find(TextField.class).id("need-category-code")).setValue("pets!");
        test(find(TextField.class).id("need-category-name")).setValue("Pets");
        test(find(Button.class).id("need-category-save")).click();
        TextField badCode = find(TextField.class).id("need-category-code");
        assertThat(badCode.getErrorMessage()).isEqualTo("A code is 2–32 capital letters or underscores, e.g. FOOD");
        assertThat(find(TextField.class).id("need-category-name").getValue()).isEqualTo("Pets");
        test(badCode).setValue(code);
        test(find(Button.class).id("need-category-save")).click();

        taxonomy.saveType(new NeedType(null, code, null, "Dog walking", false, false, 1, true, 0));
        signedIn.as("handler");
        assertThat(taxonomy.activeTypes()).extracting(NeedType::categoryCode).contains(code);

        signedIn.as("admin");
        navigate(NeedTaxonomyView.class);
        @SuppressWarnings("unchecked")
        Grid<NeedCategory> categories = find(Grid.class).id("need-categories");
        int row = IntStream.range(0, test(categories).size()).filter(i -> test(categories).getRow(i).code()
                .equals(code)).findFirst().orElseThrow();
        test((Button) test(categories).getCellComponent(row, 4)).click();
        assertThat(find(TextField.class).id("need-category-code").isEnabled()).as("a code never changes").isFalse();
        test(find(TextField.class).id("need-category-name")).setValue("Pets and animals");
        test(find(Checkbox.class).id("need-category-active")).click();
        test(find(Button.class).id("need-category-save")).click();

        assertThat(taxonomy.categories()).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Pets and animals");
                    assertThat(c.active()).isFalse();
                });
        signedIn.as("handler");
        assertThat(taxonomy.activeTypes()).extracting(NeedType::categoryCode).doesNotContain(code);
        assertThat(taxonomy.categoryNames()).containsEntry(code, "Pets and animals");
        assertThatThrownBy(() -> taxonomy.saveCategory(new NeedCategory("SNEAKY", "Sneaky", false, 1, true, 0), true))
                .isInstanceOf(AccessDeniedException.class);
    }
}
