package org.hubline.referrals.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.CouncilSettings;
import org.hubline.places.Hub;
import org.hubline.referrals.ImportReport;
import org.hubline.referrals.OrukDirectory;
import org.hubline.referrals.PartnerDirectory;
import org.hubline.referrals.ServiceRecord;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;

/**
 * The VCS partner directory: find services by what they do and the need they meet; admins and
 * coordinators add and change them; admins import and export it as Open Referral UK JSON. The
 * same directory is served read-only at {@code /api/oruk/services}.
 */
@Route("directory")
@PageTitle("Partner directory · Hubline")
@Menu(title = "Partner directory", order = 60, icon = "vaadin:book")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR, Roles.ADMIN})
public class DirectoryView extends Div {

    static final int MAX_IMPORT_BYTES = PartnerDirectory.MAX_IMPORT_CHARS;

    private final PartnerDirectory directory;
    private final OrukDirectory oruk;
    private final String town;
    private final Grid<ServiceRecord> grid = new Grid<>(ServiceRecord.class, false);
    private final TextField text = new TextField("Search");
    private final Select<String> category = new Select<>();

    public DirectoryView(PartnerDirectory directory, OrukDirectory oruk, CurrentUser currentUser,
            CouncilSettings council) {
        this.directory = directory;
        this.oruk = oruk;
        this.town = council.town();
        boolean edits = currentUser.require().hasRole(Role.ADMIN) || currentUser.require().hasRole(Role.HUB_COORDINATOR);
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        List<Hub> hubs = directory.hubs();
        Map<String, String> categories = directory.needCategories();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("directory-search");
        text.addValueChangeListener(e -> refresh());
        category.setLabel("Meets the need");
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(c -> c == null ? "Any need" : categories.get(c));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any need");
        category.addValueChangeListener(e -> refresh());
        HubScope scope = currentUser.hubScope();
        List<Hub> ownHubs = hubs.stream().filter(h -> scope.includes(h.id())).toList();
        serviceColumns(hubs, ownHubs, categories, edits);
        Div filters = new Div(text, category);
        filters.addClassName("hubline-filters");
        add(new H1("Partner directory"), new Paragraph("Voluntary, community and faith services the hubs refer "
                + "to. Other council systems read it in Open Referral UK form at /api/oruk/services."), filters);
        if (edits) {
            Button add = new Button("Add a service", e -> new ServiceDialog(directory, ownHubs, null, town, this::refresh)
                    .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-service");
            Anchor pathways = new Anchor("directory/pathways", "Referral pathways");
            add(new Div(add, pathways));
        }
        add(grid);
        if (admin) {
            add(openReferralUk());
        }
        refresh();
    }

    /** The services with what they meet, where, and how much they can take on; editors can change each. */
    /** {@code ownHubs}: the hubs the user keeps services for (every hub for admins). */
    private void serviceColumns(List<Hub> hubs, List<Hub> ownHubs, Map<String, String> categories, boolean edits) {
        Map<Long, String> hubNames = hubs.stream().collect(Collectors.toMap(Hub::id, Hub::name));
        grid.setId("directory-services");
        grid.setAriaLabel("Partner services");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.details().name()).setHeader("Service").setAutoWidth(true);
        grid.addColumn(ServiceRecord::organisationName).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(s -> s.details().needCategories().stream().map(categories::get).sorted()
                .collect(Collectors.joining(", "))).setHeader("Needs").setFlexGrow(1);
        grid.addColumn(s -> s.details().hubIds().isEmpty() ? "No hubs set"
                : s.details().hubIds().size() == hubs.size() ? "All hubs"
                : s.details().hubIds().stream().map(hubNames::get).sorted().collect(Collectors.joining(", ")))
                .setHeader("Hubs").setAutoWidth(true);
        grid.addColumn(s -> s.details().status().label() + " · " + s.details().capacity().label().toLowerCase())
                .setHeader("Status · capacity").setAutoWidth(true);
        grid.addColumn(s -> s.fromFeed() ? "From " + s.source() : "Ours").setHeader("Source").setAutoWidth(true);
        if (edits) {
            grid.addComponentColumn(s -> {
                if (s.fromFeed()) {
                    return new Span("Refreshed from its feed");
                }
                if (!directory.mayChange(s)) {
                    return new Span("Kept by an admin");
                }
                Button edit = new Button("Edit", e -> new ServiceDialog(directory, ownHubs, directory.service(s.id()),
                        town, this::refresh).open());
                edit.setAriaLabel("Edit " + s.details().name());
                return edit;
            }).setHeader("Change").setAutoWidth(true);
        }
    }

    private Div openReferralUk() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new ByteArrayInputStream(oruk.exportAll().toPrettyString().getBytes(StandardCharsets.UTF_8)),
                        "hubline-directory-oruk.json", "application/json", -1)), "Export as Open Referral UK JSON");
        export.setId("directory-export");
        UnorderedList problems = new UnorderedList();
        problems.setId("directory-import-problems");
        Paragraph result = new Paragraph();
        result.setId("directory-import-result");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            ImportReport report = directory.importOruk(new String(bytes, StandardCharsets.UTF_8));
            getUI().ifPresent(ui -> ui.access(() -> {
                problems.removeAll();
                result.setText(report.succeeded() ? "Imported " + report.imported() + " services."
                        + (report.withoutReferralEmail().isEmpty() ? "" : " New organisations with no referral "
                                + "email yet (set it under Partner organisations, or they are never told of a "
                                + "referral): " + String.join(", ", report.withoutReferralEmail()) + ".")
                        : "Nothing was imported: fix these and try again.");
                report.problems().forEach(p -> problems.add(new ListItem(p)));
                refresh();
            }));
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.addFileRejectedListener(e -> result.setText("Nothing was imported: " + e.getErrorMessage()
                + " An import file is at most " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB."));
        upload.setId("directory-import");
        Anchor feeds = new Anchor(DirectoryFeedsView.ROUTE, "Read other directories' feeds");
        feeds.setId("directory-feeds-link");
        return new Div(new H2("Open Referral UK"), export, new Paragraph(feeds), new Paragraph("Import services from ORUK JSON (a list, "
                + "or a page with 'contents'). Organisations are matched by name and keep their referral email. If "
                + "any service has a problem, "
                + "nothing is imported."), upload, result, problems);
    }

    private void refresh() {
        grid.setItems(directory.services(text.getValue(), category.getValue(), null, 0, 500));
    }
}
