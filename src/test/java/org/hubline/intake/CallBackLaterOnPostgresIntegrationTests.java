package org.hubline.intake;

import org.hubline.test.PostgresTest;

@PostgresTest
class CallBackLaterOnPostgresIntegrationTests extends CallBackLaterIntegrationTests {
}
