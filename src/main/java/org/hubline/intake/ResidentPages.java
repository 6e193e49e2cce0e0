package org.hubline.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Routing;
import org.hubline.places.Ward;
import org.hubline.residents.Duplicates;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's page: their details, requests, calls, consent history, merges, who has viewed
 * them, and what the modules that build on intake add (notes on needs, panels such as cases).
 */
@Service
@Transactional
public class ResidentPages {

    private final Residents residents;
    private final Duplicates duplicates;
    private final RequestHistory histories;
    private final HubDirectory hubs;
    private final Routing routing;
    private final ObjectProvider<NeedNotes> needNotes;
    private final ObjectProvider<ResidentPanels> residentPanels;

    /** Notes and panels come from modules that build on intake, so they are looked up when a page is opened. */
    ResidentPages(Residents residents, Duplicates duplicates, RequestHistory histories, HubDirectory hubs,
            Routing routing, ObjectProvider<NeedNotes> needNotes, ObjectProvider<ResidentPanels> residentPanels) {
        this.residents = residents;
        this.duplicates = duplicates;
        this.histories = histories;
        this.hubs = hubs;
        this.routing = routing;
        this.needNotes = needNotes;
        this.residentPanels = residentPanels;
    }

    /** Opens the page; the viewing itself is audited. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public ResidentPage open(long residentId) {
        ResidentRecord record = residents.view(residentId);
        ResidentHistory history = histories.of(record.id());
        List<ResidentPanels.Panel> panels = new ArrayList<>();
        residentPanels.orderedStream().forEach(p -> panels.addAll(p.panelsFor(record.id())));
        return new ResidentPage(record, hubName(record), wardName(record), history, notes(history), panels,
                residents.consentHistory(record.id()), duplicates.merges(record.id()),
                residents.viewings(record.id(), 50));
    }

    private Map<Long, List<NeedNotes.Note>> notes(ResidentHistory history) {
        List<Long> needIds = history.requests().stream().flatMap(r -> r.needs().stream()).map(NeedSummary::id).toList();
        Map<Long, List<NeedNotes.Note>> notes = new HashMap<>();
        for (NeedNotes source : needNotes.orderedStream().toList()) {
            source.notesFor(needIds).forEach((id, list) -> notes.computeIfAbsent(id, k -> new ArrayList<>())
                    .addAll(list));
        }
        return notes;
    }

    private String hubName(ResidentRecord record) {
        return record.hubId() == null ? null
                : hubs.hubs(List.of(record.hubId())).stream().map(Hub::name).findFirst().orElse(null);
    }

    private String wardName(ResidentRecord record) {
        return record.wardCode() == null ? null
                : routing.wardChoices(record.wardCode()).stream().filter(w -> w.code().equals(record.wardCode()))
                        .map(Ward::name).findFirst().orElse(record.wardCode());
    }
}
