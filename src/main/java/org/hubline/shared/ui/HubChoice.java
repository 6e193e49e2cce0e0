package org.hubline.shared.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;

import org.hubline.shared.security.HubRef;

/**
 * The "Hub" choice at the top of a coordinator's pages: their own hubs, shown only when they have
 * more than one; a page chooses the first once it is ready to be refreshed.
 */
public final class HubChoice {

    private HubChoice() {
    }

    public static Select<HubRef> of(List<HubRef> hubs, String id) {
        Select<HubRef> hub = new Select<>();
        hub.setLabel("Hub");
        hub.setItems(hubs);
        hub.setItemLabelGenerator(HubRef::name);
        hub.setId(id);
        hub.setVisible(hubs.size() > 1);
        return hub;
    }
}
