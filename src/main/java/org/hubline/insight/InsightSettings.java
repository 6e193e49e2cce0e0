package org.hubline.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Insight's settings: the themes need categories belong to
 * ({@code hubline.insight.themes.Economic=FOOD,MONEY,FUEL}), the thresholds for a
 * week-on-week rise to raise an alert (relative and absolute), and the smallest count shown at
 * ward level (smaller ones show as "fewer than 5").
 */
@ConfigurationProperties("hubline.insight")
public record InsightSettings(Map<String, List<String>> themes, Integer alertRisePercent, Integer alertMinimumNeeds,
        Integer smallestShown) {

    public InsightSettings {
        if (themes == null || themes.isEmpty()) {
            themes = new LinkedHashMap<>();
            themes.put("Economic", List.of("FOOD", "MONEY", "FUEL", "HOUSING"));
            themes.put("Health", List.of("MEDICINES", "WELLBEING"));
            themes.put("Social", List.of("ISOLATION", "MUTUAL_AID", "DIGITAL"));
            themes.put("Families", List.of("FAMILIES"));
        }
        alertRisePercent = alertRisePercent == null ? 40 : alertRisePercent;
        alertMinimumNeeds = alertMinimumNeeds == null ? 10 : alertMinimumNeeds;
        smallestShown = smallestShown == null ? 5 : smallestShown;
    }

    /** The theme of a need category ("Other" when none claims it). */
    public String themeOf(String category) {
        return themes.entrySet().stream().filter(e -> e.getValue().contains(category)).map(Map.Entry::getKey)
                .findFirst().orElse("Other");
    }
}
