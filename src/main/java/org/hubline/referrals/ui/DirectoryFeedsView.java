package org.hubline.referrals.ui;

import java.time.Clock;

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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.referrals.DirectoryFeed;
import org.hubline.referrals.DirectoryFeeds;
import org.hubline.referrals.FeedPreview;
import org.hubline.referrals.FeedReport;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;

/**
 * Admins read other publishers' Open Referral UK feeds into the directory: register a feed by its
 * API's address, preview what it offers, refresh it now (it is refreshed each night too), or pause
 * it. Each feed shows when it was last refreshed and what changed, or why nothing did.
 */
@Route(DirectoryFeedsView.ROUTE)
@PageTitle("Directory feeds · Hubline")
@Menu(title = "Directory feeds", order = 96.6, icon = "vaadin:cloud-download")
@RolesAllowed(Roles.ADMIN)
public class DirectoryFeedsView extends Div {

    static final String ROUTE = "admin/directory-feeds";

    private final DirectoryFeeds feeds;
    private final Clock clock;
    private final Grid<DirectoryFeed> grid = new Grid<>(DirectoryFeed.class, false);
    private final Div result = new Div();

    public DirectoryFeedsView(DirectoryFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
        result.setId("feed-result");
        result.getElement().setAttribute("role", "status");
        grid.setId("directory-feeds");
        grid.setAriaLabel("Directory feeds");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(f -> {
            Span address = new Span(f.baseUrl());
            address.addClassName("hubline-hint");
            Div cell = new Div(new Span(f.name()), new Div(address));
            cell.getStyle().set("overflow-wrap", "anywhere");
            return cell;
        }).setHeader("Directory and feed address").setFlexGrow(2);
        grid.addColumn(f -> f.refreshedAt() == null ? "Not yet"
                : Formats.dateTime(f.refreshedAt(), clock) + ("FAILED".equals(f.outcome()) ? " (failed)" : ""))
                .setHeader("Last refreshed").setAutoWidth(true);
        grid.addColumn(f -> f.report() == null ? "" : f.report()).setHeader("What changed").setFlexGrow(2);
        grid.addColumn(f -> f.active() ? "Each night" : "Paused").setHeader("Refresh").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        add(new H1("Directory feeds"), new Paragraph("Services published by other directories in Open Referral "
                + "UK form (a council's VCS directory, a neighbouring council's) are read into the partner "
                + "directory, marked with where they came from. They cannot be changed here: each refresh brings "
                + "their changes, and services gone from a feed are withdrawn. Coordinators can add them to "
                + "referral pathways."), new Anchor("directory", "Back to the partner directory"), register(),
                result, grid);
        refresh();
    }

    private Div register() {
        TextField name = new TextField("Directory's name");
        name.setId("feed-name");
        TextField url = new TextField("Feed address");
        url.setId("feed-url");
        url.setHelperText("The address its /services are under, e.g. https://directory.example.gov.uk/api");
        url.setWidth("32rem");
        FormErrors errors = new FormErrors("feed-errors", "The feed was not registered");
        errors.field("name", name).field("baseUrl", url);
        Button add = new Button("Register the feed", e -> errors.saved(() -> feeds.register(name.getValue(),
                url.getValue())).ifPresent(feed -> {
                    name.clear();
                    url.clear();
                    result.removeAll();
                    result.add(new Paragraph(feed.name() + " is registered. Preview it, then refresh it to read its "
                            + "services."));
                    refresh();
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("feed-register");
        Div form = new Div(name, url, add);
        form.addClassName("hubline-filters");
        return new Div(new H2("Register a feed"), errors, form);
    }

    private Div actions(DirectoryFeed feed) {
        Button preview = new Button("Preview", e -> show(feed, feeds.preview(feed.id())));
        preview.setAriaLabel("Preview " + feed.name());
        Button now = new Button("Refresh now", e -> {
            FeedReport report = feeds.refresh(feed.id());
            result.removeAll();
            result.add(new Paragraph(feed.name() + ": " + report.summary()));
            refresh();
        });
        now.setAriaLabel("Refresh " + feed.name() + " now");
        Button pause = new Button(feed.active() ? "Pause" : "Resume", e -> {
            feeds.setActive(feed, !feed.active());
            refresh();
        });
        pause.setAriaLabel((feed.active() ? "Pause " : "Resume ") + feed.name());
        return new Div(preview, now, pause);
    }

    private void show(DirectoryFeed feed, FeedPreview preview) {
        result.removeAll();
        if (preview.problem() != null) {
            result.add(new Paragraph(feed.name() + " cannot be read: " + preview.problem()));
            return;
        }
        UnorderedList names = new UnorderedList();
        preview.firstServices().forEach(n -> names.add(new ListItem(n)));
        result.add(new Paragraph(feed.name() + " offers " + Formats.count(preview.totalServices(), "service")
                + ". The first:"), names);
    }

    private void refresh() {
        grid.setItems(feeds.feeds());
    }
}
