package org.hubline.intake.api;

import org.hubline.test.H2Test;

@H2Test
class RateLimiterOnH2IntegrationTests extends RateLimiterIntegrationTests {
}
