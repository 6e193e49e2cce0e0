package org.hubline.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Any path under {@code /api/} that no API claims (the web form's and the directory's chains come
 * first) is answered by the APIs' own rules, not the staff application's: no sign-in page, no
 * session, and a 404 ProblemDetail from {@link ApiProblems} for what is not there.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain unknownApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
