package org.hubline.safeguarding;

import org.hubline.test.H2Test;

@H2Test
class SafeguardingOnH2IntegrationTests extends SafeguardingIntegrationTests {
}
