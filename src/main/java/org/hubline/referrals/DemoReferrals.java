package org.hubline.referrals;

import java.util.List;

import org.hubline.shared.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One demo referral (Robert Ashworth's shopping to the food bank), sent through
 * {@link Referrals} as the demo call handler, so the partner portal has something in it. Only
 * when there are no referrals yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(35)
class DemoReferrals implements ApplicationRunner {

    private final Referrals referrals;
    private final JdbcClient jdbc;
    private final RunAs runAs;

    DemoReferrals(Referrals referrals, JdbcClient jdbc, RunAs runAs) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM referral").query(Integer.class).single() > 0) {
            return;
        }
        List<Long> needs = jdbc.sql("""
                SELECT n.id FROM need n JOIN help_request r ON r.id = n.help_request_id
                JOIN resident p ON p.id = r.resident_id JOIN need_type t ON t.id = n.need_type_id
                WHERE p.first_name = 'Robert' AND p.last_name = 'Ashworth' AND t.category_code = 'FOOD'
                ORDER BY n.id""").query(Long.class).list();
        List<Long> parcels = jdbc.sql("SELECT id FROM partner_service WHERE name = 'Emergency food parcels'")
                .query(Long.class).list();
        if (needs.isEmpty() || parcels.isEmpty()) {
            return;
        }
        runAs.run("handler", () -> {
            referrals.refer(needs.get(0), parcels.get(0), "Demo referral: weekly shop not possible this week");
        });
    }

}
