package org.hubline.intake.api;

import org.hubline.test.PostgresTest;

@PostgresTest
class RateLimiterOnPostgresIntegrationTests extends RateLimiterIntegrationTests {
}
