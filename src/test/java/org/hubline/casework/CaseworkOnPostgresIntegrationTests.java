package org.hubline.casework;

import org.hubline.test.PostgresTest;

@PostgresTest
class CaseworkOnPostgresIntegrationTests extends CaseworkIntegrationTests {
}
