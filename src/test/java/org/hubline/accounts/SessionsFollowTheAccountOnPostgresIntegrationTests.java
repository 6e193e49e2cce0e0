package org.hubline.accounts;

import org.hubline.test.PostgresTest;

@PostgresTest
class SessionsFollowTheAccountOnPostgresIntegrationTests extends SessionsFollowTheAccountIntegrationTests {
}
