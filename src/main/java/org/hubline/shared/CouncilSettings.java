package org.hubline.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Which council runs this Hubline, as settings rather than code: its name as residents know it
 * ({@code hubline.council.name}, "the council" unless set), its main town (the default town of new
 * wards and partners' addresses), the helpline's phone number, given to people who ask online, and
 * its county or region ({@code hubline.council.region}, e.g. "Greater Manchester"; the town if not
 * set), which addresses in the open directory give as their state or province.
 */
@ConfigurationProperties("hubline.council")
public record CouncilSettings(String name, String town, String helplineNumber, String region) {

    public CouncilSettings {
        name = name == null || name.isBlank() ? "the council" : name.trim();
        town = town == null || town.isBlank() ? null : town.trim();
        helplineNumber = helplineNumber == null || helplineNumber.isBlank() ? null : helplineNumber.trim();
        region = region == null || region.isBlank() ? town : region.trim();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CouncilSettings.class)
    static class Enabled {
    }
}
