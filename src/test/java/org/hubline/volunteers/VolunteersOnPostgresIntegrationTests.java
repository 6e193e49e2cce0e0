package org.hubline.volunteers;

import org.hubline.test.PostgresTest;

@PostgresTest
class VolunteersOnPostgresIntegrationTests extends VolunteersIntegrationTests {
}
