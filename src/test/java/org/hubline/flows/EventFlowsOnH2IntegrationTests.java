package org.hubline.flows;

import org.hubline.test.H2Test;

@H2Test
class EventFlowsOnH2IntegrationTests extends EventFlowsIntegrationTests {
}
