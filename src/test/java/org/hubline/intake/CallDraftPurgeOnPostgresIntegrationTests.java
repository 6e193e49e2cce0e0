package org.hubline.intake;

import org.hubline.test.PostgresTest;

@PostgresTest
class CallDraftPurgeOnPostgresIntegrationTests extends CallDraftPurgeIntegrationTests {
}
