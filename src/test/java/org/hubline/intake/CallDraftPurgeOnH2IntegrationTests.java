package org.hubline.intake;

import org.hubline.test.H2Test;

@H2Test
class CallDraftPurgeOnH2IntegrationTests extends CallDraftPurgeIntegrationTests {
}
