package org.hubline.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Which council runs this Hubline, as settings rather than code: its name as residents know it
 * ({@code hubline.council.name}, "the council" unless set), its main town (the default town of new
 * wards and partners' addresses) and the helpline's phone number, given to people who ask online.
 */
@ConfigurationProperties("hubline.council")
public record CouncilSettings(String name, String town, String helplineNumber) {

    public CouncilSettings {
        name = name == null || name.isBlank() ? "the council" : name.trim();
        town = town == null || town.isBlank() ? null : town.trim();
        helplineNumber = helplineNumber == null || helplineNumber.isBlank() ? null : helplineNumber.trim();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CouncilSettings.class)
    static class Enabled {
    }
}
