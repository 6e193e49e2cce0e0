package org.hubline.referrals;

import org.hubline.test.H2Test;

@H2Test
class OpenReferralUkOnH2IntegrationTests extends OpenReferralUkIntegrationTests {
}
