package org.hubline.referrals;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo VCS partners for the developer's demo and the tests (never in production). */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(10)
class DemoPartners implements ApplicationRunner {

    static final String[] NAMES = {"Oldham Foodbank", "Age UK Oldham", "Citizens Advice Oldham",
            "Oldham Mind"};

    private final JdbcClient jdbc;

    DemoPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String name : NAMES) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM partner_organisation WHERE name = :n")
                    .param("n", name).query(Integer.class).single() > 0;
            if (!exists) {
                jdbc.sql("INSERT INTO partner_organisation (name) VALUES (:n)").param("n", name).update();
            }
        }
    }
}
