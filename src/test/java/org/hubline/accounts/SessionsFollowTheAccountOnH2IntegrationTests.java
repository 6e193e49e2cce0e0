package org.hubline.accounts;

import org.hubline.test.H2Test;

@H2Test
class SessionsFollowTheAccountOnH2IntegrationTests extends SessionsFollowTheAccountIntegrationTests {
}
