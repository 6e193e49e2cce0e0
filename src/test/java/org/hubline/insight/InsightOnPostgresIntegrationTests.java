package org.hubline.insight;

import org.hubline.test.PostgresTest;

@PostgresTest
class InsightOnPostgresIntegrationTests extends InsightIntegrationTests {
}
