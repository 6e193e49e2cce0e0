package org.hubline.shared.web;

import org.hubline.test.H2Test;

@H2Test
class RateLimiterOnH2IntegrationTests extends RateLimiterIntegrationTests {
}
