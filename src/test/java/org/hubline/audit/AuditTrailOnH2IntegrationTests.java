package org.hubline.audit;

import org.hubline.test.H2Test;

@H2Test
class AuditTrailOnH2IntegrationTests extends AuditTrailIntegrationTests {
}
