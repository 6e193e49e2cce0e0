package org.hubline.referrals.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.places.Hub;
import org.hubline.referrals.PartnerDirectory;
import org.hubline.referrals.ServiceRecord;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;

/** For a need category and a hub, the partner services that take referrals, in preferred order. */
@Route("directory/pathways")
@PageTitle("Referral pathways · Hubline")
@RolesAllowed({Roles.HUB_COORDINATOR, Roles.ADMIN})
public class PathwaysView extends Div {

    private final PartnerDirectory directory;
    private final Select<Hub> hub = new Select<>();
    private final Select<String> category = new Select<>();
    private final OrderedList list = new OrderedList();
    private final ComboBox<ServiceRecord> add = new ComboBox<>("Add a service");
    private final Paragraph status = new Paragraph();
    private final FormErrors errors = new FormErrors("pathway-errors", "The pathway was not saved");
    private final List<ServiceRecord> chosen = new ArrayList<>();

    public PathwaysView(PartnerDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        var scope = currentUser.hubScope();
        hub.setLabel("Hub");
        hub.setItems(directory.hubs().stream().filter(h -> scope.includes(h.id())).toList());
        hub.setItemLabelGenerator(Hub::name);
        Map<String, String> categories = directory.needCategories();
        category.setLabel("Need");
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(categories::get);
        hub.addValueChangeListener(e -> load());
        category.addValueChangeListener(e -> load());
        list.setId("pathway-services");
        add.setItems(directory.services(null, null, null, 0, 500));
        add.setItemLabelGenerator(s -> s.organisationName() + " · " + s.details().name());
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && chosen.stream().noneMatch(s -> s.id() == e.getValue().id())) {
                chosen.add(e.getValue());
                show();
            }
            if (e.getValue() != null) {
                add.clear();
            }
        });
        errors.field("hub", hub).field("category", category).field("services", add);
        Button save = new Button("Save the pathway", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("aria-live", "polite");
        Div pickers = new Div(hub, category);
        pickers.addClassName("hubline-filters");
        add(new H1("Referral pathways"), new Paragraph("When a handler or coordinator refers a need, these services "
                + "are offered first, in this order."), errors, pickers, list, add, save, status);
    }

    private void save() {
        status.setText("");
        if (hub.getValue() == null) {
            errors.show(Map.of("hub", "Choose the hub whose pathway this is"));
        } else if (errors.attempt(() -> directory.setPathway(category.getValue(), hub.getValue().id(),
                chosen.stream().map(ServiceRecord::id).toList()))) {
            status.setText("Saved.");
        }
    }

    private void load() {
        chosen.clear();
        if (hub.getValue() != null && category.getValue() != null) {
            chosen.addAll(directory.pathway(category.getValue(), hub.getValue().id()));
        }
        status.setText("");
        show();
    }

    private void show() {
        list.removeAll();
        for (int i = 0; i < chosen.size(); i++) {
            ServiceRecord s = chosen.get(i);
            int index = i;
            Button up = new Button("Up", e -> {
                if (index > 0) {
                    chosen.add(index - 1, chosen.remove(index));
                    show();
                }
            });
            up.setAriaLabel("Move " + s.details().name() + " up");
            Button remove = new Button("Remove", e -> {
                chosen.remove(index);
                show();
            });
            remove.setAriaLabel("Remove " + s.details().name());
            list.add(new ListItem(new Span(s.organisationName() + " · "
                    + s.details().name() + " — capacity " + s.details().capacity().label().toLowerCase() + " "), up,
                    remove));
        }
        if (chosen.isEmpty()) {
            list.add(new ListItem("No services on this pathway yet."));
        }
    }
}
