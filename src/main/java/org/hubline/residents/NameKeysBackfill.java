package org.hubline.residents;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives residents stored before the search existed their name keys, once, at start-up, in small
 * transactions: a resident saved since has them already, so a second node finds nothing to do.
 */
@Component
class NameKeysBackfill {

    private static final Logger log = LoggerFactory.getLogger(NameKeysBackfill.class);
    private static final int BATCH = 500;

    private final ResidentRepository repository;
    private final ResidentStore store;
    private final TransactionTemplate tx;

    NameKeysBackfill(ResidentRepository repository, ResidentStore store, TransactionTemplate tx) {
        this.repository = repository;
        this.store = store;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfill() {
        int done = 0;
        long after = 0;
        List<Long> ids;
        do {
            long from = after;
            ids = tx.execute(status -> {
                List<Long> batch = store.residentsWithoutNameKeys(from, BATCH);
                repository.findAllById(batch).forEach(r -> store.replaceKeys(r.id(),
                        MatchRules.indexKeys(MatchQuery.of(r.details()))));
                return batch;
            });
            done += ids.size();
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        if (done > 0) {
            log.info("Indexed {} residents' names for the resident search", done);
        }
    }
}
