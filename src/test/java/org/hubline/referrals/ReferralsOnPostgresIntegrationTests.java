package org.hubline.referrals;

import org.hubline.test.PostgresTest;

@PostgresTest
class ReferralsOnPostgresIntegrationTests extends ReferralsIntegrationTests {
}
