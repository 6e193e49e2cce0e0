package org.hubline.shared;

import org.hubline.test.H2Test;

@H2Test
class EventPublicationPurgeOnH2IntegrationTests extends EventPublicationPurgeIntegrationTests {
}
