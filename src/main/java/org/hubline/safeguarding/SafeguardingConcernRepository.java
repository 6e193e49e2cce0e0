package org.hubline.safeguarding;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SafeguardingConcernRepository extends ListCrudRepository<SafeguardingConcern, Long> {

    /** Concerns still open, those in immediate danger first, then oldest first. */
    @Query("SELECT * FROM safeguarding_concern WHERE status <> 'CLOSED' ORDER BY immediate_danger DESC, raised_at, id")
    List<SafeguardingConcern> open();

    @Query("SELECT * FROM safeguarding_concern WHERE status = 'CLOSED' ORDER BY closed_at DESC, id DESC LIMIT 200")
    List<SafeguardingConcern> recentlyClosed();

    @Query("SELECT * FROM safeguarding_concern WHERE resident_id IN (:residentIds) ORDER BY raised_at DESC, id DESC")
    List<SafeguardingConcern> ofResidents(Collection<Long> residentIds);
}
