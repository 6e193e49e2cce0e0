package org.hubline.safeguarding;

import org.hubline.test.PostgresTest;

@PostgresTest
class SafeguardingOnPostgresIntegrationTests extends SafeguardingIntegrationTests {
}
