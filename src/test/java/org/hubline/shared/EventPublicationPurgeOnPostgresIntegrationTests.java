package org.hubline.shared;

import org.hubline.test.PostgresTest;

@PostgresTest
class EventPublicationPurgeOnPostgresIntegrationTests extends EventPublicationPurgeIntegrationTests {
}
