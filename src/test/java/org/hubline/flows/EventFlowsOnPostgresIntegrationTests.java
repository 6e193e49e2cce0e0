package org.hubline.flows;

import org.hubline.test.PostgresTest;

@PostgresTest
class EventFlowsOnPostgresIntegrationTests extends EventFlowsIntegrationTests {
}
