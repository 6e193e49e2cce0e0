package org.hubline.volunteers;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's policy, as settings: the DBS level each task type needs
 * ({@code hubline.volunteers.required-dbs.BEFRIENDING_VISIT=ENHANCED}) and how many years after
 * its certificate a DBS check is due for renewal when the volunteer is not on the Update Service
 * ({@code hubline.volunteers.dbs-renewal-years=3}).
 */
@ConfigurationProperties("hubline.volunteers")
public record TaskRules(Map<TaskType, DbsLevel> requiredDbs, Integer dbsRenewalYears) {

    public TaskRules {
        Map<TaskType, DbsLevel> rules = new EnumMap<>(TaskType.class);
        rules.put(TaskType.FOOD_DELIVERY, DbsLevel.NONE);
        rules.put(TaskType.SHOPPING, DbsLevel.BASIC);
        rules.put(TaskType.PRESCRIPTION_COLLECTION, DbsLevel.BASIC);
        rules.put(TaskType.BEFRIENDING_CALL, DbsLevel.BASIC);
        rules.put(TaskType.BEFRIENDING_VISIT, DbsLevel.ENHANCED);
        rules.put(TaskType.DOG_WALKING, DbsLevel.NONE);
        rules.put(TaskType.ERRAND, DbsLevel.BASIC);
        rules.put(TaskType.FORM_FILLING, DbsLevel.STANDARD);
        rules.put(TaskType.DOORSTEP_CHECK, DbsLevel.BASIC);
        if (requiredDbs != null) {
            rules.putAll(requiredDbs);
        }
        requiredDbs = Map.copyOf(rules);
        dbsRenewalYears = dbsRenewalYears == null ? 3 : dbsRenewalYears;
    }

    public DbsLevel requiredDbs(TaskType type) {
        return requiredDbs.get(type);
    }
}
