package org.hubline.accounts;

import org.hubline.test.H2Test;

@H2Test
class AccountsOnH2IntegrationTests extends AccountsIntegrationTests {
}
