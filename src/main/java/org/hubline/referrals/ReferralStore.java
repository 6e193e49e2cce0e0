package org.hubline.referrals;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals and their history. */
@Repository
class ReferralStore {

    /** A referral row before its history and overdue flag are added. */
    record Row(long id, long needId, long residentId, Long hubId, long serviceId, String serviceName,
            long organisationId, String organisationName, ReferralStatus status, String sharedDetails,
            String createdBy, Instant createdAt, Instant updatedAt, int version, String categoryCode) {
    }

    private static final String QUERY = """
            SELECT r.*, s.name AS service_name, o.name AS organisation_name FROM referral r
            JOIN partner_service s ON s.id = r.service_id JOIN partner_organisation o ON o.id = r.organisation_id""";

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addEvent(long referralId, String kind, String note, String actor, String side, Instant at) {
        jdbc.sql("INSERT INTO referral_event (referral_id, kind, note, actor, side, at) "
                + "VALUES (:r, :kind, :note, :actor, :side, :at)")
                .param("r", referralId).param("kind", kind).param("note", note).param("actor", actor)
                .param("side", side).param("at", utc(at)).update();
    }

    Optional<Row> row(long id) {
        return jdbc.sql(QUERY + " WHERE r.id = :id").param("id", id).query(ReferralStore::row).optional();
    }

    List<Row> ofOrganisation(long organisationId, Collection<ReferralStatus> statuses) {
        return jdbc.sql(QUERY + " WHERE r.organisation_id = :org AND r.status IN (:statuses) "
                + "ORDER BY r.created_at, r.id").param("org", organisationId)
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(ReferralStore::row).list();
    }

    /** Referrals of the hubs (all when {@code hubIds} is null), newest first. */
    List<Row> ofHubs(Collection<Long> hubIds, Collection<ReferralStatus> statuses, int limit) {
        var spec = jdbc.sql(QUERY + " WHERE r.status IN (:statuses)" + (hubIds == null ? "" : " AND r.hub_id IN (:hubs)")
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit);
        if (hubIds != null) {
            spec = spec.param("hubs", hubIds.isEmpty() ? List.of(-1L) : hubIds);
        }
        return spec.query(ReferralStore::row).list();
    }

    List<Row> ofNeeds(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUERY + " WHERE r.need_id IN (:needs) ORDER BY r.created_at, r.id").param("needs", needIds)
                .query(ReferralStore::row).list();
    }

    Map<Long, List<ReferralEvent>> history(Collection<Long> referralIds) {
        Map<Long, List<ReferralEvent>> history = new HashMap<>();
        if (referralIds.isEmpty()) {
            return history;
        }
        jdbc.sql("SELECT * FROM referral_event WHERE referral_id IN (:ids) ORDER BY at, id").param("ids", referralIds)
                .query((rs, n) -> history.computeIfAbsent(rs.getLong("referral_id"), k -> new ArrayList<>())
                        .add(new ReferralEvent(rs.getString("kind"), rs.getString("note"), rs.getString("actor"),
                                rs.getString("side"), instant(rs, "at"))))
                .list();
        return history;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("resident_id"),
                (Long) rs.getObject("hub_id", Long.class), rs.getLong("service_id"), rs.getString("service_name"),
                rs.getLong("organisation_id"), rs.getString("organisation_name"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getString("shared_details"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"),
                rs.getString("category_code"));
    }

    /** Every step referrals took (sent, and each partner's move), oldest first, as the events they published. */
    void replayMoves(Consumer<ReferralMoved> moves) {
        jdbc.sql("""
                SELECT r.id, r.hub_id, r.organisation_id, r.category_code, e.kind, r.created_at, e.at
                FROM referral_event e JOIN referral r ON r.id = e.referral_id
                WHERE e.kind IN ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'COULD_NOT_HELP')
                ORDER BY e.at, e.id""")
                .query((ResultSet rs) -> {
                    moves.accept(new ReferralMoved(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
                            rs.getLong(3), rs.getString(4), ReferralStatus.valueOf(rs.getString(5)),
                            instant(rs, "created_at"), instant(rs, "at")));
                });
    }
}
