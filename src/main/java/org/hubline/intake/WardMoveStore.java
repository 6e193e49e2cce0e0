package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open work by ward, and moving it when a ward moves hub: bulk updates on intake's needs. */
@Repository
class WardMoveStore {

    private final JdbcClient jdbc;

    WardMoveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int openRequests(String wardCode, long hubId) {
        return jdbc.sql("SELECT COUNT(DISTINCT help_request_id) FROM need WHERE ward_code = :ward AND hub_id = :hub "
                + "AND status IN " + IntakeStore.OPEN_NEED)
                .param("ward", wardCode).param("hub", hubId).query(Integer.class).single();
    }

    /** Moves the open needs of the ward from one hub to another; closed needs keep their hub. */
    int moveOpenNeeds(String wardCode, long fromHubId, long toHubId, String reason, Instant at) {
        return jdbc.sql("UPDATE need SET hub_id = :to, route_status = 'WARD_MOVED', route_reason = :reason, "
                + "routed_at = :at, version = version + 1 WHERE ward_code = :ward AND hub_id = :from AND status IN "
                + IntakeStore.OPEN_NEED)
                .param("ward", wardCode).param("from", fromHubId).param("to", toHubId).param("reason", reason)
                .param("at", utc(at)).update();
    }

    void addPendingMove(String wardCode, long fromHubId, long toHubId, LocalDate from) {
        jdbc.sql("INSERT INTO pending_ward_move (ward_code, from_hub_id, to_hub_id, effective_from) "
                + "VALUES (:ward, :from, :to, :day)")
                .param("ward", wardCode).param("from", fromHubId).param("to", toHubId).param("day", from).update();
    }

    record PendingMove(long id, String wardCode, long fromHubId, long toHubId, LocalDate effectiveFrom) {
    }

    List<PendingMove> dueMoves(LocalDate today) {
        return jdbc.sql("SELECT id, ward_code, from_hub_id, to_hub_id, effective_from FROM pending_ward_move "
                + "WHERE applied_at IS NULL AND effective_from <= :today ORDER BY effective_from, id")
                .param("today", today).query(PendingMove.class).list();
    }

    void markApplied(long id, Instant at) {
        jdbc.sql("UPDATE pending_ward_move SET applied_at = :at WHERE id = :id").param("id", id)
                .param("at", utc(at)).update();
    }
}
