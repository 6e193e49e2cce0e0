package org.hubline.referrals;

import org.hubline.test.PostgresTest;

@PostgresTest
class OrganisationRegisterOnPostgresIntegrationTests extends OrganisationRegisterIntegrationTests {
}
