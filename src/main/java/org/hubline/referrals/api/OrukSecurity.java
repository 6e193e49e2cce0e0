package org.hubline.referrals.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.hubline.shared.web.ApiProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The ORUK endpoint is public and read-only: no sessions, no cookies, GET only. */
@Configuration(proxyBeanMethods = false)
class OrukSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain orukApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/oruk/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/oruk/**")
                        .permitAll().anyRequest().denyAll())
                // Read-only: anything but GET is answered 405, never sent to the sign-in page.
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> readOnly(response))
                        .accessDeniedHandler((request, response, ex) -> readOnly(response)))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static void readOnly(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET");
        ApiProblems.write(response, 405, "Method not allowed", "The directory is read-only: only GET is allowed.");
    }
}
