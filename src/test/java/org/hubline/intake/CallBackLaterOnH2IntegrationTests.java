package org.hubline.intake;

import org.hubline.test.H2Test;

@H2Test
class CallBackLaterOnH2IntegrationTests extends CallBackLaterIntegrationTests {
}
