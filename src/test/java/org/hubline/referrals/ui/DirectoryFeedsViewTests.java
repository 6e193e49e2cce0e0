package org.hubline.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.referrals.DirectoryFeed;
import org.hubline.referrals.FeedFixture;
import org.hubline.referrals.ServiceRecord;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin registers a neighbouring directory's feed (a mistyped address is refused beside the field,
 * nothing typed lost), previews it and refreshes it; its services then appear in the partner
 * directory marked with their source, with no Edit button.
 */
@H2Test
class DirectoryFeedsViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminRegistersPreviewsAndRefreshesAFeedAndFindsItsServicesInTheDirectory() throws Exception {
        String service = "Warm corner " + Unique.letters();
        String id = UUID.randomUUID().toString();
        try (FeedFixture fixture = new FeedFixture(10)) {
            fixture.publish(id, """
                    {"id": "%s", "name": "%s", "status": "active", "url": "https://neighbour.example.org/warm",
                     "organization": {"id": "%s", "name": "Neighbour Welcome", "description": "Next door"}}"""
                    .formatted(id, service, UUID.randomUUID()));
            signedIn.as("admin");
            navigate(DirectoryFeedsView.class);
            String name = "Neighbour directory " + Unique.letters();
            test(find(TextField.class).id("feed-name")).setValue(name);
            test(find(TextField.class).id("feed-url")).setValue("neighbour.example.org/api");
            test(find(Button.class).id("feed-register")).click();
            TextField url = find(TextField.class).id("feed-url");
            assertThat(url.isInvalid()).isTrue();
            assertThat(url.getValue()).isEqualTo("neighbour.example.org/api");
            assertThat(find(TextField.class).id("feed-name").getValue()).isEqualTo(name);

            test(url).setValue(fixture.baseUrl());
            test(find(Button.class).id("feed-register")).click();
            Grid<DirectoryFeed> grid = find(Grid.class).id("directory-feeds");
            int row = -1;
            for (int i = 0; i < test(grid).size(); i++) {
                row = test(grid).getRow(i).name().equals(name) ? i : row;
            }
            assertThat(row).isNotNegative();
            Div actions = (Div) test(grid).getCellComponent(row, 4);
            test((Button) actions.getComponentAt(0)).click();
            assertThat(find(Div.class).id("feed-result").getElement().getTextRecursively())
                    .contains(name + " offers 1 service", service);
            test((Button) ((Div) test(grid).getCellComponent(row, 4)).getComponentAt(1)).click();
            assertThat(find(Div.class).id("feed-result").getElement().getTextRecursively())
                    .contains("1 added, 0 changed, 0 unchanged, 0 withdrawn");
        }
        navigate(DirectoryView.class);
        test(find(TextField.class).id("directory-search")).setValue(service);
        Grid<ServiceRecord> directory = find(Grid.class).id("directory-services");
        assertThat(test(directory).size()).isEqualTo(1);
        assertThat(test(directory).getRow(0).source()).startsWith("Neighbour directory");
        Component change = test(directory).getCellComponent(0, 6);
        assertThat(change).isNotInstanceOf(Button.class);
    }
}
