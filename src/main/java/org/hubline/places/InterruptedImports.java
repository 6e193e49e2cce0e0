package org.hubline.places;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An import still "running" at start-up was cut off by a restart: mark it failed, drop its rows. */
@Component
class InterruptedImports implements ApplicationRunner {

    private final JdbcClient jdbc;

    InterruptedImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("DELETE FROM postcode WHERE directory_id IN "
                + "(SELECT id FROM postcode_directory WHERE status = 'RUNNING')").update();
        jdbc.sql("UPDATE postcode_directory SET status = 'FAILED', message = 'Interrupted by a restart of Hubline. "
                + "The postcode directory in force is unchanged.' WHERE status = 'RUNNING'").update();
    }
}
