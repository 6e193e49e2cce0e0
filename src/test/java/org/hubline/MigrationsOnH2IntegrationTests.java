package org.hubline;

import org.hubline.test.H2Test;

@H2Test
class MigrationsOnH2IntegrationTests extends MigrationsIntegrationTests {
}
