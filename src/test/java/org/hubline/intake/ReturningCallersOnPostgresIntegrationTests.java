package org.hubline.intake;

import org.hubline.test.PostgresTest;

@PostgresTest
class ReturningCallersOnPostgresIntegrationTests extends ReturningCallersIntegrationTests {
}
