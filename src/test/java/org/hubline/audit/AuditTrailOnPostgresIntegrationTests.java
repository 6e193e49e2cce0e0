package org.hubline.audit;

import org.hubline.test.PostgresTest;

@PostgresTest
class AuditTrailOnPostgresIntegrationTests extends AuditTrailIntegrationTests {
}
