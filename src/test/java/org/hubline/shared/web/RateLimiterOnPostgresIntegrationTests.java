package org.hubline.shared.web;

import org.hubline.test.PostgresTest;

@PostgresTest
class RateLimiterOnPostgresIntegrationTests extends RateLimiterIntegrationTests {
}
