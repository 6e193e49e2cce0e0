package org.hubline.intake.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubline.shared.web.ApiProblems;
import org.hubline.shared.web.RateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security for the web-form API: no sessions or cookies; the form's server presents the API key
 * ({@code hubline.web-form.api-key}) and acts as the "web-form" client, which may only submit
 * requests. Each client address may send {@code hubline.web-form.requests-per-minute} requests a
 * minute, counted across every node. With no key configured the API refuses everything. The OpenAPI description is public.
 */
@Configuration(proxyBeanMethods = false)
class WebFormSecurity {

    static final String API_KEY_HEADER = "X-Api-Key";

    @Bean
    @Order(0)
    SecurityFilterChain webFormApi(HttpSecurity http, @Value("${hubline.web-form.api-key:}") String apiKey,
            @Value("${hubline.web-form.requests-per-minute:20}") int perMinute,
            ObjectProvider<SecurityContextHolderStrategy> strategy, JdbcClient jdbc, Clock clock) throws Exception {
        RateLimiter limiter = new RateLimiter(jdbc, clock, perMinute);
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/web-form/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().hasRole("WEB_FORM"))
                .addFilterBefore(new ApiKeyFilter(apiKey, limiter, contexts), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, 401,
                                "Send the web form's API key in the " + API_KEY_HEADER + " header."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403,
                                "This key may not do that.")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        ApiProblems.write(response, status, status == 429 ? "Too many requests" : status == 401 ? "Unauthorized"
                : "Forbidden", detail);
    }

    /** Checks the key in constant time and applies the per-address rate limit. */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final byte[] key;
        private final RateLimiter limiter;
        private final SecurityContextHolderStrategy contexts;

        ApiKeyFilter(String key, RateLimiter limiter, SecurityContextHolderStrategy contexts) {
            this.key = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
            this.limiter = limiter;
            this.contexts = contexts;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long retryAfter = limiter.tryAcquire(request.getRemoteAddr());
            if (retryAfter > 0) {
                response.setHeader("Retry-After", String.valueOf(retryAfter));
                problem(response, 429, "Too many requests from this address: try again in " + retryAfter + " s.");
                return;
            }
            String presented = request.getHeader(API_KEY_HEADER);
            if (key.length > 0 && presented != null
                    && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))) {
                var auth = UsernamePasswordAuthenticationToken.authenticated("web-form", null,
                        List.of(new SimpleGrantedAuthority("ROLE_WEB_FORM")));
                var context = contexts.createEmptyContext();
                context.setAuthentication(auth);
                contexts.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    contexts.clearContext();
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
