package org.hubline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

import org.hubline.shared.security.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small made-up postcode directory for the demo (three postcodes per Oldham ward, inward
 * codes ending in Z, e.g. OL1 9ZR), so calls route before anyone imports the ONS file. Loaded
 * only when no directory is in force; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(15)
class DemoPostcodes implements ApplicationRunner {

    static final String RESOURCE = "places/demo-postcodes.csv";
    static final String SOURCE_NAME = "Demo postcodes (made up, not ONS data)";

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPostcodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean directoryInForce = jdbc.sql("SELECT COUNT(*) FROM postcode_directory WHERE status = 'ACTIVE'")
                .query(Integer.class).single() > 0;
        if (directoryInForce) {
            return;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO postcode_directory (source_name, source_format, status, started_by, started_at, finished_at)
                VALUES (:name, 'SIMPLE', 'ACTIVE', :by, :at, :at)""")
                .param("name", SOURCE_NAME).param("by", CurrentUser.SYSTEM)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update(keys, "id");
        long directoryId = keys.getKey().longValue();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                jdbc.sql("INSERT INTO postcode (directory_id, postcode, ward_code, local_authority_code, in_area) "
                        + "VALUES (:d, :p, :w, 'E08000004', TRUE)")
                        .param("d", directoryId).param("p", f[0]).param("w", f[1]).update();
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("UPDATE postcode_directory SET rows_read = :n, rows_imported = :n WHERE id = :id")
                .param("n", rows).param("id", directoryId).update();
    }
}
