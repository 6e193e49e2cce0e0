package org.hubline.places.ui;

import org.hubline.shared.ui.WardHexMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.places.FootprintDesigner;
import org.hubline.places.FootprintPreview;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.HubFootprint;
import org.hubline.places.Ward;
import org.hubline.places.WardHex;
import org.hubline.places.WardMove;
import org.hubline.places.WardsReassigned;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.DateField;

/**
 * Admins redraw the hubs' ward footprints. Choosing another hub for a ward previews at once:
 * the hex map, each hub's population against the band, and how many open help requests would
 * move. Applying the change needs a date and a reason, and is audited.
 */
@Route("admin/footprints")
@PageTitle("Hub footprints · Hubline")
@Menu(title = "Hub footprints", order = 92, icon = "vaadin:map-marker")
@RolesAllowed(Roles.ADMIN)
public class FootprintDesignerView extends VerticalLayout {

    private final HubDirectory directory;
    private final FootprintDesigner designer;
    private final Clock clock;

    private final WardHexMap map = new WardHexMap();
    private final Div legend = new Div();
    private final Div hubCards = new Div();
    private final Grid<Ward> wards = new Grid<>(Ward.class, false);
    private final Paragraph summary = new Paragraph();
    private final DateField effectiveFrom = new DateField("Takes effect from");
    private final TextField reason = new TextField("Reason for the change");
    private final Button apply = new Button("Apply change");
    private final FormErrors errors = new FormErrors("footprint-errors", "The footprint was not changed")
            .field("effectiveFrom", effectiveFrom).field("reason", reason);

    private final Map<String, Long> current = new HashMap<>();
    private final Map<String, Long> proposed = new HashMap<>();
    private final Map<Long, Hub> hubs = new LinkedHashMap<>();
    private final Map<Long, String> colours = new HashMap<>();
    private final Map<String, Ward> wardsByCode = new LinkedHashMap<>();
    private List<WardHex> hexLayout = List.of();

    public FootprintDesignerView(HubDirectory directory, FootprintDesigner designer, Clock clock) {
        this.directory = directory;
        this.designer = designer;
        this.clock = clock;
        var band = directory.populationBand();
        add(new H1("Hub footprints"), new Paragraph(String.format(
                "Each hub covers whole wards and should serve %,d to %,d residents. Choose another hub for a ward "
                        + "to see the effect before you apply it.", band.min(), band.max())));

        Div top = new Div(new Div(map, legend), hubCards);
        top.addClassName("hubline-footprint-top");
        legend.addClassName("hubline-legend");
        hubCards.addClassName("hubline-hub-cards");
        hubCards.setId("hub-cards");

        wards.addColumn(Ward::name).setHeader("Ward").setAutoWidth(true);
        wards.addColumn(w -> String.format("%,d", w.population())).setHeader("Population").setAutoWidth(true);
        wards.addColumn(w -> hubName(current.get(w.code()))).setHeader("Hub now").setAutoWidth(true);
        wards.addComponentColumn(this::hubChooser).setHeader("Hub after the change").setAutoWidth(true);
        wards.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        wards.setAriaLabel("Wards and their hubs");
        wards.setId("footprint-wards");
        wards.setAllRowsVisible(true);

        summary.setId("footprint-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        effectiveFrom.setMin(LocalDate.now(clock));
        effectiveFrom.setId("footprint-effective-from");
        reason.setWidth("24rem");
        reason.setId("footprint-reason");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("footprint-apply");
        apply.addClickListener(e -> apply());
        Button reset = new Button("Start again", e -> load());
        Div actions = new Div(effectiveFrom, reason, apply, reset);
        actions.addClassName("hubline-filters");

        add(top, new H2("Wards"), wards, summary, errors, actions);
        load();
    }

    private void load() {
        LocalDate today = LocalDate.now(clock);
        current.clear();
        hubs.clear();
        int i = 0;
        for (HubFootprint f : directory.footprints(today)) {
            hubs.put(f.hub().id(), f.hub());
            colours.put(f.hub().id(), HubColours.forIndex(i++));
            f.wards().forEach(w -> current.put(w.code(), f.hub().id()));
        }
        proposed.clear();
        proposed.putAll(current);
        effectiveFrom.setValue(today);
        reason.clear();
        reason.setInvalid(false);
        effectiveFrom.setInvalid(false);
        wardsByCode.clear();
        directory.wards().forEach(w -> wardsByCode.put(w.code(), w));
        hexLayout = directory.hexLayout();
        wards.setItems(List.copyOf(wardsByCode.values()));
        refresh();
    }

    private ComboBox<Hub> hubChooser(Ward ward) {
        ComboBox<Hub> chooser = new ComboBox<>();
        chooser.setItems(hubs.values().stream().filter(Hub::active).toList());
        chooser.setItemLabelGenerator(Hub::name);
        chooser.setAriaLabel("Hub for " + ward.name());
        chooser.setValue(hubs.get(proposed.get(ward.code())));
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                proposed.put(ward.code(), e.getValue().id());
                refresh();
            }
        });
        return chooser;
    }

    private List<WardMove> moves() {
        List<WardMove> moves = new ArrayList<>();
        proposed.forEach((ward, hub) -> {
            if (!hub.equals(current.get(ward))) {
                moves.add(new WardMove(ward, hub));
            }
        });
        return moves;
    }

    private void refresh() {
        FootprintPreview preview = designer.preview(moves());
        showMap();
        showHubs(preview.footprints());
        int moving = preview.moves().size();
        summary.setText(moving == 0 ? "No changes proposed."
                : moving + (moving == 1 ? " ward moves" : " wards move") + " to another hub: "
                        + describe(preview.moves()) + ". " + preview.openRequestsMoving()
                        + " open help requests would move with them; closed ones keep their hub.");
        apply.setEnabled(moving > 0);
    }

    private String describe(List<WardsReassigned.Moved> moves) {
        return String.join(", ", moves.stream().map(m -> wardsByCode.get(m.wardCode()).name() + " to "
                + hubName(m.toHubId())).toList());
    }

    private void showMap() {
        List<WardHexMap.Cell> cells = new ArrayList<>();
        for (WardHex hex : hexLayout) {
            Ward ward = wardsByCode.get(hex.wardCode());
            if (ward == null) {
                continue;
            }
            Long hub = proposed.get(ward.code());
            cells.add(new WardHexMap.Cell(ward.code(), ward.name(), hex.q(), hex.r(),
                    hub == null ? HubColours.UNASSIGNED : colours.get(hub),
                    hubName(hub) + String.format(", %,d residents", ward.population())));
        }
        map.show(cells, "Wards coloured by hub", "A hex map of the borough's " + cells.size()
                + " wards, each coloured by the hub that would cover it. The table of wards below has the same "
                + "information.");
        legend.removeAll();
        hubs.values().forEach(h -> {
            Span swatch = new Span();
            swatch.addClassName("hubline-swatch");
            swatch.getStyle().set("background", colours.get(h.id()));
            legend.add(new Span(swatch, new Span(h.name())));
        });
    }

    private void showHubs(List<HubFootprint> footprints) {
        hubCards.removeAll();
        for (HubFootprint f : footprints) {
            Div card = new Div();
            card.addClassName("hubline-hub-card");
            if (f.outsideBand()) {
                card.addClassName("outside-band");
            }
            Span swatch = new Span();
            swatch.addClassName("hubline-swatch");
            swatch.getStyle().set("background", colours.get(f.hub().id()));
            H2 name = new H2();
            name.add(swatch, new Span(f.hub().name()));
            Paragraph population = new Paragraph(String.format("%,d residents in %d wards", f.population(),
                    f.wards().size()));
            card.add(name, population);
            f.bandProblem().ifPresent(p -> {
                Span flag = new Span("⚠ " + p);
                flag.addClassName("hubline-flag");
                card.add(flag);
            });
            card.add(new Paragraph(String.join(", ", f.wards().stream().map(Ward::name).toList())));
            hubCards.add(card);
        }
    }

    private void apply() {
        errors.saved(() -> designer.apply(moves(), effectiveFrom.getValue(), reason.getValue())).ifPresent(done -> {
            Notification.show("Footprint changed from " + done.effectiveFrom() + ": " + describe(done.moves()) + ".");
            load();
        });
    }

    private String hubName(Long hubId) {
        Hub hub = hubId == null ? null : hubs.get(hubId);
        return hub == null ? "No hub" : hub.name();
    }
}
