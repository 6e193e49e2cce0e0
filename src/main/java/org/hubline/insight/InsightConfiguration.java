package org.hubline.insight;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightSettings.class)
class InsightConfiguration {

    /** At start-up, weekly rollups are filled from daily counts kept before they existed. */
    @Bean
    @Order(5)
    ApplicationRunner weeklyRollupBackfill(RollupStore store,
            PlatformTransactionManager transactions) {
        return args -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> store.backfillWeeks());
    }
}
