package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's call draft: the whole call as typed, kept until it is saved or discarded. */
@Repository
class CallDraftStore {

    private final JdbcClient jdbc;

    CallDraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> draft(String username) {
        return jdbc.sql("SELECT content FROM call_draft WHERE username = :u").param("u", username)
                .query(String.class).optional();
    }

    void saveDraft(String username, String content, Instant at) {
        int updated = jdbc.sql("UPDATE call_draft SET content = :c, saved_at = :at WHERE username = :u")
                .param("u", username).param("c", content).param("at", utc(at)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO call_draft (username, content, saved_at) VALUES (:u, :c, :at)")
                    .param("u", username).param("c", content).param("at", utc(at)).update();
        }
    }

    /** Deletes the drafts last saved before {@code cutoff}; returns how many. */
    int deleteDraftsSavedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM call_draft WHERE saved_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    void deleteDraft(String username) {
        jdbc.sql("DELETE FROM call_draft WHERE username = :u").param("u", username).update();
    }
}
