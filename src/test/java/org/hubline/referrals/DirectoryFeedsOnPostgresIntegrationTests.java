package org.hubline.referrals;

import org.hubline.test.PostgresTest;

@PostgresTest
class DirectoryFeedsOnPostgresIntegrationTests extends DirectoryFeedsIntegrationTests {
}
