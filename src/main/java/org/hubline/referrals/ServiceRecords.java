package org.hubline.referrals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Reads services by id, in the order asked, with their organisation's name and the feed they came from. */
@Component
class ServiceRecords {

    private final PartnerServiceRepository services;
    private final DirectoryStore store;

    ServiceRecords(PartnerServiceRepository services, DirectoryStore store) {
        this.services = services;
        this.store = store;
    }

    List<ServiceRecord> of(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> orgNames = store.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<Long, String> feeds = store.feedNames();
        Map<Long, PartnerService> byId = new LinkedHashMap<>();
        services.findAllById(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().filter(byId::containsKey).map(byId::get).map(s -> new ServiceRecord(s.id(),
                orgNames.get(s.details().organisationId()), s.details(), s.updatedAt(), s.version(), s.publicId(),
                s.feedId() == null ? null : feeds.getOrDefault(s.feedId(), "another directory"))).toList();
    }
}
