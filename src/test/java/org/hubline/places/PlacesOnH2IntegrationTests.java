package org.hubline.places;

import org.hubline.test.H2Test;

@H2Test
class PlacesOnH2IntegrationTests extends PlacesIntegrationTests {
}
