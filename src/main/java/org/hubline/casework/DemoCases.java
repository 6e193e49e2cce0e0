package org.hubline.casework;

import java.util.List;

import org.hubline.shared.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One demo case (for Margaret Thompson, led by the demo coordinator), opened through
 * {@link Casework}, so "My cases" and the case page have something in them. Only when there are
 * no cases yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(45)
class DemoCases implements ApplicationRunner {

    private final Casework casework;
    private final JdbcClient jdbc;
    private final RunAs runAs;

    DemoCases(Casework casework, JdbcClient jdbc, RunAs runAs) {
        this.casework = casework;
        this.jdbc = jdbc;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM household_case").query(Integer.class).single() > 0) {
            return;
        }
        List<Long> margaret = jdbc.sql("SELECT id FROM resident WHERE first_name = 'Margaret' AND last_name = "
                + "'Thompson' AND date_of_birth = DATE '1948-03-14' ORDER BY id").query(Long.class).list();
        if (margaret.isEmpty()) {
            return;
        }
        runAs.run("coordinator", () -> {
            CaseFile opened = casework.open(margaret.get(0), "coordinator", "Lives alone, no one supporting her, "
                    + "medicines and shopping at once", List.of());
            casework.addGoal(opened.id(), "I want to stay in my own home and not have to ring every week");
            casework.addNote(opened.id(), "Demo case: agreed a weekly call from the hub while her daughter is away");
        });
    }
}
