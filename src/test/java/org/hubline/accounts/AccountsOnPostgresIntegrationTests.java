package org.hubline.accounts;

import org.hubline.test.PostgresTest;

@PostgresTest
class AccountsOnPostgresIntegrationTests extends AccountsIntegrationTests {
}
