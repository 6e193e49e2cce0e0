package org.hubline.accounts;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.hubline.accounts.ui.LoginView;
import org.hubline.audit.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Guards the door: Vaadin views behind the login view, method security on every service, the
 * actuator's health open and its metrics for the monitoring system's token only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The web's filter chains; absent when Hubline runs without a web server (a one-off command). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        /**
         * Health is open (load balancers, probes); metrics are for the monitoring system, which
         * presents {@code hubline.metrics.token} as a bearer token. No person's account is used for
         * scraping, so scrapes neither sign anyone in nor fill the audit trail; with no token set,
         * metrics are refused to everyone.
         */
        @Bean
        @Order(1)
        SecurityFilterChain actuator(HttpSecurity http, @Value("${hubline.metrics.token:}") String token)
                throws Exception {
            http.securityMatcher(EndpointRequest.toAnyEndpoint())
                    .authorizeHttpRequests(a -> a
                            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                            .anyRequest().hasRole(MetricsToken.ROLE))
                    .addFilterBefore(new MetricsToken(token), AnonymousAuthenticationFilter.class)
                    // Plain status codes: an error dispatch would otherwise end at the login page.
                    .exceptionHandling(e -> e
                            .authenticationEntryPoint((request, response, ex) -> {
                                response.setHeader("WWW-Authenticate", "Bearer realm=\"Hubline metrics\"");
                                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            })
                            .accessDeniedHandler((request, response, ex) ->
                                    response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                    .csrf(c -> c.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain vaadin(HttpSecurity http, JdbcClient jdbc, AuditTrail audit,
                ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
            http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**").permitAll());
            http.addFilterAfter(new SessionFollowsAccount(jdbc, audit,
                    strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                    SecurityContextHolderFilter.class);
            http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class));
            return http.build();
        }
    }
}
