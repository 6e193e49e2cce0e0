package org.hubline.places;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PopulationBand.class, PostcodeSettings.class})
class PlacesConfiguration {
}
