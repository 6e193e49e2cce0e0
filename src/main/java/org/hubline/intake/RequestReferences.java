package org.hubline.intake;

import java.util.Optional;

import org.hubline.residents.ResidentReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A help request's reference (HR-1042, as the web form and the call screen give it) leads to its resident. */
@Component
class RequestReferences implements ResidentReferences {

    private final JdbcClient jdbc;

    RequestReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> residentOf(String reference) {
        return ResidentReferences.numberOf("HR", reference).flatMap(id -> jdbc.sql(
                "SELECT resident_id FROM help_request WHERE id = :id").param("id", id).query(Long.class).optional());
    }
}
