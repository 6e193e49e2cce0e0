package org.hubline.places.ui;

import java.time.Clock;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.places.PostcodeImportStatus;
import org.hubline.places.PostcodeImports;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;

/**
 * Admins keep the postcode directory current by uploading the ONS Postcode Directory or NSPL
 * exactly as ONS publishes it (CSV or the zip), or a simple postcode,ward_code file. The import
 * runs in the background with its progress shown; the directory in force stays until it completes.
 */
@Route("admin/postcodes")
@PageTitle("Postcode directory · Hubline")
@Menu(title = "Postcode directory", order = 93, icon = "vaadin:location-arrow")
@RolesAllowed(Roles.ADMIN)
public class PostcodeDirectoryView extends VerticalLayout {

    private final PostcodeImports imports;
    private final Clock clock;
    private final Paragraph inForce = new Paragraph();
    private final Paragraph progressText = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Grid<PostcodeImportStatus.RejectedRow> rejected = new Grid<>(PostcodeImportStatus.RejectedRow.class,
            false);
    private final Grid<PostcodeImportStatus> history = new Grid<>(PostcodeImportStatus.class, false);
    private static final int MAX_UPLOAD_BYTES = 2_000 * 1024 * 1024;
    private final Upload upload;
    private Long watching;

    public PostcodeDirectoryView(PostcodeImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            long id = imports.start(file.toPath(), metadata.fileName());
            getUI().ifPresent(ui -> ui.access(() -> watch(id)));
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".zip", "text/csv", "application/zip");
        // ONSPD and NSPL are about 1.5 GB as CSV, a fifth of that zipped.
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(e -> progressText.setText("The file was not imported: " + e.getErrorMessage()
                + " A postcode file is at most 2 GB; upload the zip ONS ships."));
        upload.setId("postcode-upload");
        upload.getElement().setAttribute("aria-label", "Upload a postcode file");

        progress.setVisible(false);
        progress.setId("postcode-progress");
        progress.getElement().setAttribute("aria-label", "Import progress");
        progressText.setId("postcode-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        inForce.setId("postcode-in-force");

        grids();
        add(new H1("Postcode directory"),
                new Paragraph("Upload the ONS Postcode Directory (ONSPD) or the National Statistics Postcode "
                        + "Lookup (NSPL) as ONS publishes it, as a CSV file or the zip file, or a CSV file with the "
                        + "columns postcode,ward_code. Hubline keeps the borough's postcodes, marks neighbouring "
                        + "authorities' postcodes in the same districts as out of area, and reports rows it could "
                        + "not use. The directory in force stays until the new one is complete."),
                inForce, upload, progress, progressText, rejected, new H2("Imports"), history);
        refreshHistory();
    }

    /** The rows the last import could not use, and every import with how it went. */
    private void grids() {
        rejected.addColumn(PostcodeImportStatus.RejectedRow::line).setHeader("Line").setAutoWidth(true)
                .setFlexGrow(0);
        rejected.addColumn(PostcodeImportStatus.RejectedRow::reason).setHeader("Why it was not imported");
        rejected.addThemeVariants(GridVariant.LUMO_COMPACT);
        rejected.setAriaLabel("Rejected rows");
        rejected.setId("postcode-rejections");
        rejected.setHeight("16rem");
        rejected.setVisible(false);

        history.addColumn(s -> Formats.dateTime(s.startedAt(), clock)).setHeader("Started").setAutoWidth(true);
        history.addColumn(PostcodeImportStatus::sourceName).setHeader("File").setAutoWidth(true);
        history.addColumn(PostcodeImportStatus::format).setHeader("Format").setAutoWidth(true);
        history.addColumn(s -> s.state().name().toLowerCase()).setHeader("State").setAutoWidth(true);
        history.addColumn(s -> String.format("%,d", s.rowsImported())).setHeader("Postcodes").setAutoWidth(true);
        history.addColumn(s -> String.format("%,d", s.rowsRejected())).setHeader("Rejected").setAutoWidth(true);
        history.addColumn(s -> s.message() == null ? "" : s.message()).setHeader("Message");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAriaLabel("Imports");
        history.setId("postcode-history");
        history.setHeight("14rem");
        history.addItemClickListener(e -> showResult(e.getItem()));
    }

    private void watch(long id) {
        watching = id;
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("Importing…");
        UI.getCurrent().setPollInterval(500);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void poll() {
        if (watching == null) {
            return;
        }
        imports.status(watching).ifPresent(status -> {
            progress.setValue(Math.min(1, status.progress()));
            progressText.setText(status.sourceName() + ": " + Formats.count(status.rowsRead(), "row") + " read, "
                    + Formats.count(status.rowsImported(), "postcode") + " kept, " + status.rowsRejected()
                    + " rejected.");
            if (status.finished()) {
                watching = null;
                UI.getCurrent().setPollInterval(-1);
                upload.clearFileList();
                showResult(status);
                refreshHistory();
            }
        });
    }

    private void showResult(PostcodeImportStatus status) {
        progress.setVisible(false);
        String outcome = switch (status.state()) {
            case ACTIVE, SUPERSEDED -> status.sourceName() + ": " + Formats.count(status.rowsImported(), "postcode")
                    + " imported, " + Formats.count(status.rowsRejected(), "row") + " rejected.";
            case REFUSED, FAILED -> status.sourceName() + " was not imported. " + status.message();
            case RUNNING -> status.sourceName() + " is still importing.";
        };
        progressText.setText(outcome);
        rejected.setItems(status.rejections());
        rejected.setVisible(!status.rejections().isEmpty());
    }

    private void refreshHistory() {
        history.setItems(imports.history());
        inForce.setText(imports.active().map(a -> "In force: " + a.sourceName() + ", imported "
                + Formats.dateTime(a.finishedAt(), clock) + ", " + Formats.count(a.rowsImported(), "postcode") + ".")
                .orElse("No postcode directory has been imported yet: handlers choose wards by name."));
    }
}
