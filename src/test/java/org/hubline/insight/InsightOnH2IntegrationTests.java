package org.hubline.insight;

import org.hubline.test.H2Test;

@H2Test
class InsightOnH2IntegrationTests extends InsightIntegrationTests {
}
