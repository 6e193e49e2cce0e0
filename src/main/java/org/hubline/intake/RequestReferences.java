package org.hubline.intake;

import java.util.Optional;
import java.util.regex.Pattern;

import org.hubline.residents.ResidentReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A help request's reference (HR-1042, as the web form and the call screen give it) leads to its resident. */
@Component
class RequestReferences implements ResidentReferences {

    private static final Pattern REFERENCE = Pattern.compile("HR-(\\d{1,12})");

    private final JdbcClient jdbc;

    RequestReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> residentOf(String reference) {
        var m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT resident_id FROM help_request WHERE id = :id")
                .param("id", Long.parseLong(m.group(1))).query(Long.class).optional();
    }
}
