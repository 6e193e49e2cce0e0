package org.hubline.referrals;

import java.util.Optional;

import org.hubline.residents.ResidentReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A referral's reference (REF-000017, as partners quote it) leads to its resident. */
@Component
class ReferralReferences implements ResidentReferences {

    private final JdbcClient jdbc;

    ReferralReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> residentOf(String reference) {
        return ResidentReferences.numberOf("REF", reference).flatMap(id -> jdbc.sql(
                "SELECT resident_id FROM referral WHERE id = :id").param("id", id).query(Long.class).optional());
    }
}
