package org.hubline.referrals.api;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubline.shared.web.ApiProblems;
import org.hubline.shared.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ORUK directory is public and read-only: no sessions, no cookies, GET only. As the profile
 * requires, every answer carries {@code Access-Control-Allow-Origin: *}, so a council's web page can
 * read it from a browser; that is true of this API only, never of the staff application or the web
 * form's API. Each client address may send {@code hubline.oruk.requests-per-minute} requests a
 * minute, counted across every node.
 */
@Configuration(proxyBeanMethods = false)
class OrukSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain orukApi(HttpSecurity http, JdbcClient jdbc, Clock clock,
            @Value("${hubline.oruk.requests-per-minute:120}") int perMinute) throws Exception {
        RateLimiter limiter = new RateLimiter(jdbc, clock, perMinute);
        http.securityMatcher("/api/oruk", "/api/oruk/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/oruk", "/api/oruk/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/oruk", "/api/oruk/**").permitAll()
                        .anyRequest().denyAll())
                .cors(c -> c.configurationSource(anyOrigin()))
                .headers(h -> h.addHeaderWriter(new StaticHeadersWriter("Access-Control-Allow-Origin", "*")))
                .addFilterBefore(new PerClientLimit(limiter), DisableEncodeUrlFilter.class)
                // Read-only: anything but GET is answered 405, never sent to the sign-in page.
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> readOnly(response))
                        .accessDeniedHandler((request, response, ex) -> readOnly(response)))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource anyOrigin() {
        CorsConfiguration any = new CorsConfiguration();
        any.setAllowedOrigins(List.of("*"));
        any.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        any.setAllowedHeaders(List.of("*"));
        any.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/oruk/**", any);
        source.registerCorsConfiguration("/api/oruk", any);
        return source;
    }

    private static void readOnly(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET");
        ApiProblems.write(response, 405, "Method not allowed", "The directory is read-only: only GET is allowed.");
    }

    /** 429 with Retry-After once an address has used its requests for the minute. */
    static final class PerClientLimit extends OncePerRequestFilter {

        private final RateLimiter limiter;

        PerClientLimit(RateLimiter limiter) {
            this.limiter = limiter;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long retryAfter = limiter.tryAcquire("oruk:" + request.getRemoteAddr());
            if (retryAfter > 0) {
                response.setHeader("Retry-After", String.valueOf(retryAfter));
                response.setHeader("Access-Control-Allow-Origin", "*");
                ApiProblems.write(response, 429, "Too many requests",
                        "Too many requests from this address: try again in " + retryAfter + " s.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
