package org.hubline.places;

import org.hubline.test.PostgresTest;

@PostgresTest
class PlacesOnPostgresIntegrationTests extends PlacesIntegrationTests {
}
