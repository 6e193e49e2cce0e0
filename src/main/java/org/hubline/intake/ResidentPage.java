package org.hubline.intake;

import java.util.List;
import java.util.Map;

import org.hubline.audit.AuditEntry;
import org.hubline.residents.ConsentChange;
import org.hubline.residents.MergeRecord;
import org.hubline.residents.ResidentRecord;

/** Everything about one resident across time, as their page shows it. */
public record ResidentPage(ResidentRecord resident, String hubName, String wardName, ResidentHistory history,
        Map<Long, List<NeedNotes.Note>> needNotes, List<ResidentPanels.Panel> panels,
        List<ConsentChange> consent, List<MergeRecord> merges, List<AuditEntry> viewings) {
}
