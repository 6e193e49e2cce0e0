package org.hubline.intake;

import org.hubline.test.H2Test;

@H2Test
class ReturningCallersOnH2IntegrationTests extends ReturningCallersIntegrationTests {
}
