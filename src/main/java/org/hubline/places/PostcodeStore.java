package org.hubline.places;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Postcode lookups in the active directory (primary-key lookups). */
@Repository
class PostcodeStore {

    record Entry(String postcode, String wardCode, String localAuthorityCode, boolean inArea, boolean terminated) {
    }

    private final JdbcClient jdbc;

    PostcodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(String normalisedPostcode) {
        return jdbc.sql("""
                SELECT p.postcode, p.ward_code, p.local_authority_code, p.in_area, p.terminated
                FROM postcode p
                WHERE p.directory_id = (SELECT MAX(d.id) FROM postcode_directory d WHERE d.status = 'ACTIVE')
                  AND p.postcode = :postcode""")
                .param("postcode", normalisedPostcode)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .optional();
    }
}
