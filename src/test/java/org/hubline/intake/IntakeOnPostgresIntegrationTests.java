package org.hubline.intake;

import org.hubline.test.PostgresTest;

@PostgresTest
class IntakeOnPostgresIntegrationTests extends IntakeIntegrationTests {
}
