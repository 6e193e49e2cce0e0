package org.hubline.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubline.shared.web.RateLimiter;
import org.hubline.test.H2Test;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A client that reads the open directory too often is told to wait, in ProblemDetail JSON that a
 * web page may still read; another client is not held back by it.
 */
@H2Test
class OrukRateLimitIntegrationTests extends InTheDemoBorough {

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse read(OrukSecurity.PerClientLimit limit, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/oruk/services");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aClientOverItsLimitIsToldToWaitAndOthersAreNot() throws Exception {
        OrukSecurity.PerClientLimit limit = new OrukSecurity.PerClientLimit(new RateLimiter(jdbc, clock, 2));
        assertThat(read(limit, "192.0.2.10").getStatus()).isEqualTo(200);
        assertThat(read(limit, "192.0.2.10").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = read(limit, "192.0.2.10");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(read(limit, "192.0.2.11").getStatus()).isEqualTo(200);
    }
}
