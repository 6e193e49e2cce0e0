package org.hubline.volunteers;

import org.hubline.test.H2Test;

@H2Test
class VolunteersOnH2IntegrationTests extends VolunteersIntegrationTests {
}
