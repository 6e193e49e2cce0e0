package org.hubline.places;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which local authorities' postcodes the directory keeps ({@code hubline.places.local-authorities},
 * ONS codes; Oldham is E08000004). Postcodes elsewhere are kept only where they share a postcode
 * district with the borough, marked out of area.
 */
@ConfigurationProperties("hubline.places")
public record PostcodeSettings(List<String> localAuthorities) {

    public PostcodeSettings {
        localAuthorities = localAuthorities == null || localAuthorities.isEmpty() ? List.of("E08000004")
                : List.copyOf(localAuthorities);
    }
}
