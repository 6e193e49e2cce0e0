package org.hubline.casework;

import org.hubline.test.H2Test;

@H2Test
class CaseworkOnH2IntegrationTests extends CaseworkIntegrationTests {
}
