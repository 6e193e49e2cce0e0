package org.hubline.places;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The population a hub footprint should serve (default 30,000 to 55,000 residents), a setting:
 * {@code hubline.places.population-band.min} and {@code .max}.
 */
@ConfigurationProperties("hubline.places.population-band")
public record PopulationBand(Integer min, Integer max) {

    public PopulationBand {
        min = min == null ? 30_000 : min;
        max = max == null ? 55_000 : max;
        if (min > max) {
            throw new IllegalArgumentException("The population band's min is above its max");
        }
    }

    /** How a population sits against the band, in words; empty if it is inside. */
    public Optional<String> problem(int population) {
        if (population < min) {
            return Optional.of(String.format("Below the %,d–%,d band", min, max));
        }
        if (population > max) {
            return Optional.of(String.format("Above the %,d–%,d band", min, max));
        }
        return Optional.empty();
    }
}
