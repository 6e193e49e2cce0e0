package org.hubline.referrals;

import java.util.Optional;
import java.util.regex.Pattern;

import org.hubline.residents.ResidentReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A referral's reference (REF-000017, as partners quote it) leads to its resident. */
@Component
class ReferralReferences implements ResidentReferences {

    private static final Pattern REFERENCE = Pattern.compile("REF-(\\d{1,12})");

    private final JdbcClient jdbc;

    ReferralReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> residentOf(String reference) {
        var m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT resident_id FROM referral WHERE id = :id")
                .param("id", Long.parseLong(m.group(1))).query(Long.class).optional();
    }
}
