package org.hubline.audit.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditFilter;
import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;

/** Admins browse the audit trail by user, action, record and date, newest first, paged lazily. */
@Route("admin/audit")
@PageTitle("Audit trail · Hubline")
@Menu(title = "Audit trail", order = 91, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class AuditTrailView extends VerticalLayout {

    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final TextField actor = new TextField("User");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField recordType = new TextField("Record type");
    private final TextField recordId = new TextField("Record id");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    public AuditTrailView(AuditTrail trail, Clock clock) {
        setSizeFull();
        action.setItems(trail.actions());
        action.setClearButtonVisible(true);
        for (TextField f : new TextField[] {actor, recordType, recordId}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        actor.setId("audit-user");
        action.setId("audit-action");
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear filters", e -> clearFilters());
        Div filters = new Div(actor, action, recordType, recordId, from, to, clear);
        filters.addClassName("hubline-filters");

        grid.addColumn(e -> Formats.dateTimeSeconds(e.occurredAt(), clock)).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("User").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.recordType() == null ? "" : e.recordType() + (e.recordId() == null ? ""
                : " " + e.recordId())).setHeader("Record").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit trail");
        grid.setId("audit-trail");
        grid.setSizeFull();
        grid.setItems(q -> trail.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> trail.count(filter()));

        add(new H1("Audit trail"), filters, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), recordType.getValue(), recordId.getValue(),
                from.getValue(), to.getValue());
    }

    private void clearFilters() {
        actor.clear();
        action.clear();
        recordType.clear();
        recordId.clear();
        from.clear();
        to.clear();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
