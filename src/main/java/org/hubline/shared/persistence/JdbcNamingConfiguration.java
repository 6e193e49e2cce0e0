package org.hubline.shared.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, which makes names case-sensitive and differs
 * between H2 (upper case) and PostgreSQL (lower case). Our migrations use plain lower-case
 * names, so we turn quoting off: the same mapping then works on both databases. (Reserved words
 * such as {@code user} or {@code call} are avoided as table names instead.)
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamingConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
