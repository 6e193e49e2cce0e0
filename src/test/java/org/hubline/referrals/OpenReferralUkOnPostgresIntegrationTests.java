package org.hubline.referrals;

import org.hubline.test.PostgresTest;

@PostgresTest
class OpenReferralUkOnPostgresIntegrationTests extends OpenReferralUkIntegrationTests {
}
