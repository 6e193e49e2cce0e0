package org.hubline.intake.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.hubline.intake.CallIntake;
import org.hubline.intake.RoutingChoice;
import org.hubline.places.Hub;
import org.hubline.places.Route;
import org.hubline.places.Ward;
import org.hubline.shared.ui.TypeToPick;

/**
 * Where the needs go, as routing says, and the handler's choices where the postcode does not
 * settle it: the ward (asked beside the address, see {@link #wardField()}), out of area, or a hub by
 * hand with a reason.
 */
class RoutingSection extends Section {

    private final CallIntake intake;
    private final Paragraph message = new Paragraph();
    private final ComboBox<Ward> ward = new ComboBox<>("Choose the resident's ward");
    private final Checkbox outOfArea = new Checkbox("They live outside the borough: signpost them to their own "
            + "council, and close their needs as out of area");
    private final Paragraph signpost = new Paragraph("Tell them their own council runs help where they live: "
            + "they can find it by postcode at www.gov.uk/find-local-council. Their needs are counted as asked "
            + "from outside the borough and closed; no hub will work on them.");
    private final ComboBox<Hub> overrideHub = new ComboBox<>("Send to a different hub");
    private final TextField overrideHubReason = new TextField("Why this hub");
    private final Checkbox routeLater = new Checkbox("Route it later: the needs wait in \"Needs without a hub\" "
            + "for a coordinator");

    RoutingSection(CallIntake intake) {
        this.intake = intake;
        message.setId("route-message");
        message.getElement().setAttribute("aria-live", "polite");
        ward.setId("route-ward");
        ward.setItems(query -> intake.wardChoices(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        ward.setItemLabelGenerator(Ward::name);
        TypeToPick.lookedUp(ward, text -> intake.wardChoices(text).stream().findFirst());
        ward.setVisible(false);
        outOfArea.setId("route-out-of-area");
        outOfArea.setVisible(false);
        signpost.setId("route-signpost");
        signpost.addClassName("hubline-hint");
        signpost.setVisible(false);
        outOfArea.addValueChangeListener(e -> signpost.setVisible(e.getValue()));
        overrideHub.setItems(intake.hubChoices());
        overrideHub.setItemLabelGenerator(Hub::name);
        overrideHub.setClearButtonVisible(true);
        overrideHub.setId("route-override-hub");
        overrideHub.setHelperText("Only if this should not go to the hub routing chose");
        overrideHubReason.setId("route-override-reason");
        overrideHubReason.setValueChangeMode(ValueChangeMode.LAZY);
        routeLater.setId("route-later");
        routeLater.setVisible(false);
        add(new H2("Routing"), message, outOfArea, signpost, routeLater,
                new FormLayout(overrideHub, overrideHubReason));
    }

    /** Shows what routing would do now, and the choices that route needs. */
    void show(Route route) {
        boolean outside = outOfArea.getValue();
        message.setText(outside ? "They live outside the borough: no hub will have their needs."
                : route.message());
        ward.setVisible(!outside && (route.status() == Route.Status.UNKNOWN_POSTCODE
                || route.status() == Route.Status.INVALID_POSTCODE || route.status() == Route.Status.WARD_CHOSEN));
        outOfArea.setVisible(outside || route.status() == Route.Status.OUT_OF_AREA
                || route.status() == Route.Status.UNKNOWN_POSTCODE || route.status() == Route.Status.INVALID_POSTCODE);
        routeLater.setVisible(!route.hasHub() && !outside);
    }

    RoutingChoice choice() {
        boolean recordOutOfArea = outOfArea.isVisible() && outOfArea.getValue();
        return new RoutingChoice(ward.isVisible() && ward.getValue() != null ? ward.getValue().code() : null,
                overrideHub.getValue() == null ? null : overrideHub.getValue().id(), overrideHubReason.getValue(),
                recordOutOfArea, routeLater.isVisible() && routeLater.getValue());
    }

    void restore(RoutingChoice choice) {
        if (choice.wardCode() != null) {
            intake.wardChoices(choice.wardCode()).stream().findFirst().ifPresent(ward::setValue);
        }
        if (choice.hubId() != null) {
            intake.hubChoices().stream().filter(h -> h.id() == choice.hubId()).findFirst()
                    .ifPresent(overrideHub::setValue);
        }
        overrideHubReason.setValue(NewCallView.orEmpty(choice.reason()));
        outOfArea.setValue(choice.outOfArea());
        routeLater.setValue(choice.routeLater());
    }

    List<HasValue<?, ?>> inputs() {
        return List.of(ward, outOfArea, routeLater, overrideHub, overrideHubReason);
    }

    /**
     * "Choose the resident's ward", shown when the postcode does not settle routing: it is placed with
     * the address, where the handler is when it appears.
     */
    ComboBox<Ward> wardField() {
        return ward;
    }

    /** Tells whoever listens when the handler says the caller lives outside the borough (or takes it back). */
    void onOutOfArea(Consumer<Boolean> listener) {
        outOfArea.addValueChangeListener(e -> listener.accept(e.getValue()));
    }

    Map<String, HasValidation> byName() {
        return Map.of("routing", overrideHubReason, "owner", routeLater);
    }
}
