package org.hubline.places.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.CouncilSettings;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.PlacesAdministration;
import org.hubline.places.Ward;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.Text;

/** Admins keep the hubs, the wards (of any borough) and the ward hex map. */
@Route("admin/places")
@PageTitle("Wards and hubs · Hubline")
@Menu(title = "Wards and hubs", order = 94, icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMIN)
public class WardsAndHubsView extends VerticalLayout {

    private final HubDirectory directory;
    private final PlacesAdministration admin;
    private final Grid<Hub> hubs = new Grid<>(Hub.class, false);
    private final Grid<Ward> wards = new Grid<>(Ward.class, false);
    private final Paragraph hexResult = new Paragraph();

    public WardsAndHubsView(HubDirectory directory, PlacesAdministration admin, CouncilSettings council) {
        String town = council.town();
        this.directory = directory;
        this.admin = admin;

        Button newHub = hubGrid();
        wards.addColumn(Ward::name).setHeader("Ward").setAutoWidth(true);
        wards.addColumn(Ward::code).setHeader("ONS code").setAutoWidth(true);
        wards.addColumn(Ward::borough).setHeader("Borough").setAutoWidth(true);
        wards.addColumn(w -> String.format("%,d", w.population())).setHeader("Population").setAutoWidth(true);
        wards.addColumn(w -> w.active() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        wards.addComponentColumn(w -> editButton("Edit " + w.name(),
                () -> new WardDialog(admin, w, town, this::refresh).open())).setHeader("Actions");
        wards.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        wards.setAriaLabel("Wards");
        wards.setId("wards");
        wards.setHeight("24rem");
        Button newWard = new Button("New ward", e -> new WardDialog(admin, null, town, this::refresh).open());
        newWard.setId("new-ward");

        Component hexMap = hexMap();
        add(new H1("Wards and hubs"), new H2("Hubs"), newHub, hubs, new H2("Wards"),
                new Paragraph("Wards of any borough. A new ward joins a hub in the hub footprints designer."),
                newWard, wards, new H2("Hex map"),
                new Paragraph("The ward hex map is kept as HexJSON (\"odd-r\" layout, one hex per ward code)."),
                hexMap);
        refresh();
    }

    private Button hubGrid() {
        hubs.addColumn(Hub::name).setHeader("Hub").setAutoWidth(true);
        hubs.addColumn(Hub::code).setHeader("Code").setAutoWidth(true);
        hubs.addColumn(h -> h.active() ? "Active" : "Inactive").setHeader("Status").setAutoWidth(true);
        hubs.addComponentColumn(h -> editButton("Edit " + h.name(),
                () -> new HubDialog(admin, admin.hub(h.id()), this::refresh).open())).setHeader("Actions");
        hubs.setAllRowsVisible(true);
        hubs.setAriaLabel("Hubs");
        hubs.setId("hubs");
        Button newHub = new Button("New hub", e -> new HubDialog(admin, null, this::refresh).open());
        newHub.setId("new-hub");
        return newHub;
    }

    /** The ward hex map: download it, or upload one to replace it. */
    private Component hexMap() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = admin.exportHexJson().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "wards.hexjson", "application/json",
                    bytes.length);
        }), "Download the hex map (HexJSON)");
        export.setId("hexjson-export");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                int count = admin.importHexJson(new String(bytes, StandardCharsets.UTF_8));
                hexResult.setText("Imported a hex map of " + Text.count(count, "ward") + " from " + metadata.fileName() + ".");
            } catch (InvalidInputException e) {
                hexResult.setText(metadata.fileName() + " was not imported: " + String.join(" ",
                        e.fieldErrors().values()) + " The hex map is unchanged.");
            }
        }))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".json", ".hexjson", "application/json");
        upload.setMaxFileSize(PlacesAdministration.MAX_HEXJSON_CHARS);
        upload.addFileRejectedListener(e -> hexResult.setText("The file was not imported: " + e.getErrorMessage()
                + " A hex map is at most " + PlacesAdministration.MAX_HEXJSON_CHARS / 1024 + " KB."));
        upload.getElement().setAttribute("aria-label", "Upload a HexJSON hex map");
        hexResult.setId("hexjson-result");
        hexResult.getElement().setAttribute("aria-live", "polite");
        return new Div(export, upload, hexResult);
    }

    private static Button editButton(String label, Runnable action) {
        Button edit = new Button("Edit", e -> action.run());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(label);
        return edit;
    }

    private void refresh() {
        hubs.setItems(directory.hubs());
        wards.setItems(directory.wards());
    }
}
