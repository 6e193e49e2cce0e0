package org.hubline.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.hubline.shared.validation.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Other publishers' Open Referral UK feeds, read into the directory. An admin registers a feed by
 * its API's base address, previews what it offers, and refreshes it (each night too, on one node
 * of the cluster). A refresh reads the whole feed first, outside any transaction; if a page cannot
 * be fetched or a service cannot be read, nothing changes and the report says why. Otherwise, in
 * one transaction: new services are added, changed ones updated, and those gone from the feed
 * withdrawn (inactive, so no longer offered for referrals). Services from a feed are read-only
 * here and are not republished in Hubline's own feed; coordinators can add them to pathways.
 */
@Service
public class DirectoryFeeds {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryFeeds.class);

    private final FeedStore feeds;
    private final FeedClient client;
    private final DirectoryStore store;
    private final PartnerServiceRepository services;
    private final HubDirectory hubs;
    private final NeedTaxonomy taxonomy;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DirectoryFeeds(FeedStore feeds, FeedClient client, DirectoryStore store, PartnerServiceRepository services,
            HubDirectory hubs, NeedTaxonomy taxonomy, Validation validation, AuditTrail audit, CurrentUser currentUser,
            TransactionTemplate transaction, Clock clock) {
        this.feeds = feeds;
        this.client = client;
        this.store = store;
        this.services = services;
        this.hubs = hubs;
        this.taxonomy = taxonomy;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<DirectoryFeed> feeds() {
        return feeds.feeds();
    }

    /** Registers a feed by the base address of its ORUK API (the one that serves /services). */
    @PreAuthorize(Roles.IS_ADMIN)
    public DirectoryFeed register(String name, String baseUrl) {
        String n = name == null ? "" : name.trim();
        String url = baseUrl == null ? "" : baseUrl.trim().replaceAll("/+$", "");
        if (url.endsWith("/services")) {
            url = url.substring(0, url.length() - "/services".length());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (n.isEmpty() || n.length() > 200) {
            errors.put("name", "Enter the directory's name (at most 200 characters)");
        }
        if (url.isEmpty() || !WebAddress.valid(url) || url.length() > 300) {
            errors.put("baseUrl", WebAddress.MESSAGE + ", e.g. https://directory.example.gov.uk/api");
        } else if (feeds.baseUrlTaken(url)) {
            errors.put("baseUrl", "This feed is already registered");
        }
        Validation.throwIfAny(errors);
        String address = url;
        long id = transaction.execute(s -> {
            long feedId = feeds.insert(n, address, currentUser.require().getUsername(), clock.instant());
            audit.record("DIRECTORY_FEED_ADDED", "DIRECTORY_FEED", feedId, "Feed registered");
            return feedId;
        });
        return feeds.feed(id).orElseThrow();
    }

    /** Reads the feed's first page without changing anything. */
    @PreAuthorize(Roles.IS_ADMIN)
    public FeedPreview preview(long feedId) {
        DirectoryFeed feed = feed(feedId);
        try {
            JsonNode page = client.firstPage(feed.baseUrl());
            List<String> names = new ArrayList<>();
            page.path("contents").forEach(s -> names.add(s.path("name").asString("(no name)")));
            return new FeedPreview(page.path("total_items").asInt(names.size()), names.subList(0,
                    Math.min(10, names.size())), null);
        } catch (FeedClient.FeedException e) {
            return new FeedPreview(0, List.of(), e.getMessage());
        }
    }

    /** Pauses or resumes the nightly refresh; a change made on a stale copy is refused. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void setActive(DirectoryFeed opened, boolean active) {
        transaction.executeWithoutResult(s -> {
            if (!feeds.setActive(opened.id(), active, opened.version())) {
                throw new StaleEditException("Someone else changed " + opened.name() + " while you had it open. "
                        + "Reload to see their change.");
            }
            audit.record(active ? "DIRECTORY_FEED_RESUMED" : "DIRECTORY_FEED_PAUSED", "DIRECTORY_FEED", opened.id(),
                    null);
        });
    }

    /** Reads the whole feed and applies it, all or nothing. */
    @PreAuthorize(Roles.IS_ADMIN)
    public FeedReport refresh(long feedId) {
        return refreshFeed(feed(feedId));
    }

    /** Every active feed, for the nightly job (which runs as the system on one node). */
    void refreshActive() {
        for (DirectoryFeed feed : feeds.feeds()) {
            if (feed.active()) {
                FeedReport report = refreshFeed(feed);
                LOG.info("Directory feed {} refreshed: {}", feed.id(), report.succeeded() ? report.summary()
                        : report.problems().size() + " problems, nothing changed");
            }
        }
    }

    private FeedReport refreshFeed(DirectoryFeed feed) {
        List<JsonNode> read;
        try {
            read = client.allServices(feed.baseUrl());
        } catch (FeedClient.FeedException e) {
            return finish(feed, FeedReport.failed(List.of(e.getMessage())));
        }
        Map<String, Long> hubIds = hubs.hubs().stream().collect(Collectors.toMap(Hub::name, Hub::id, (a, b) -> a));
        Set<String> categories = taxonomy.publishedCategoryNames().keySet();
        List<String> problems = new ArrayList<>();
        List<OrukReader.Parsed> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : read) {
            OrukReader.Parsed p = OrukReader.service(parsed.size() + 1, node, hubIds, categories, false, problems);
            String where = "service " + p.index() + " (" + p.details().name() + "): ";
            if (p.sourceId() == null || !seen.add(p.sourceId())) {
                problems.add(where + "its id is missing or repeated");
            }
            validation.violations(ImportRows.withOrganisation(p.details(), 0L))
                    .forEach((field, message) -> problems.add(where + field + ": " + message));
            parsed.add(p);
        }
        if (!problems.isEmpty()) {
            return finish(feed, FeedReport.failed(problems));
        }
        return finish(feed, transaction.execute(s -> apply(feed, parsed)));
    }

    private FeedReport apply(DirectoryFeed feed, List<OrukReader.Parsed> parsed) {
        Map<String, Long> before = feeds.services(feed.id());
        Map<Long, PartnerService> stored = new HashMap<>();
        services.findAllById(before.values()).forEach(x -> stored.put(x.id(), x));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (OrukReader.Parsed p : parsed) {
            ServiceDetails details = ImportRows.withOrganisation(p.details(), organisation(feed.id(), p));
            Long existing = before.remove(p.sourceId());
            if (existing == null) {
                services.save(PartnerService.fromFeed(feed.id(), p.sourceId(), details, clock.instant()));
                added++;
            } else {
                PartnerService service = stored.get(existing);
                if (service.details().equals(details)) {
                    unchanged++;
                } else {
                    service.describe(details, clock.instant());
                    services.save(service);
                    changed++;
                }
            }
        }
        int withdrawn = 0;
        for (long gone : before.values()) {
            PartnerService service = stored.get(gone);
            ServiceDetails d = service.details();
            if (d.status() == ServiceStatus.ACTIVE || d.status() == ServiceStatus.TEMPORARILY_CLOSED) {
                service.describe(ImportRows.withStatus(d, ServiceStatus.INACTIVE), clock.instant());
                services.save(service);
                withdrawn++;
            }
        }
        return new FeedReport(added, changed, unchanged, withdrawn, List.of());
    }

    /** The organisation a feed's service belongs to: the one read from the feed before, one of the same name, or a new one. */
    private long organisation(long feedId, OrukReader.Parsed p) {
        return feeds.organisation(feedId, p.organisationSourceId())
                .or(() -> store.organisationNamed(p.organisation().name()).map(Organisation::id))
                .orElseGet(() -> {
                    long id = store.insertOrganisation(p.organisation());
                    feeds.markOrganisation(id, feedId, p.organisationSourceId());
                    return id;
                });
    }

    private FeedReport finish(DirectoryFeed feed, FeedReport report) {
        transaction.executeWithoutResult(s -> {
            feeds.recordRefresh(feed.id(), clock.instant(), report.succeeded(), report.summary());
            audit.record(report.succeeded() ? "DIRECTORY_FEED_REFRESHED" : "DIRECTORY_FEED_FAILED", "DIRECTORY_FEED",
                    feed.id(), report.succeeded() ? report.summary() : report.problems().size() + " problems");
        });
        return report;
    }

    private DirectoryFeed feed(long id) {
        return feeds.feed(id).orElseThrow(() -> InvalidInputException.of("feed", "No such feed"));
    }
}
