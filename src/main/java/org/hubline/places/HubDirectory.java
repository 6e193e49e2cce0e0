package org.hubline.places;

import java.util.Collection;
import java.util.List;

import org.hubline.shared.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hubs of the borough: a small published query API for every module. */
@Service
@Transactional(readOnly = true)
public class HubDirectory {

    private final JdbcClient jdbc;

    HubDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every hub, active first, by name. Used at sign-in too, before anyone is authenticated. */
    @PreAuthorize("permitAll()")
    public List<Hub> hubs() {
        return jdbc.sql("SELECT id, code, name, active FROM hub ORDER BY active DESC, name")
                .query(Hub.class)
                .list();
    }

    @PreAuthorize("permitAll()")
    public List<Hub> hubs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, code, name, active FROM hub WHERE id IN (:ids) ORDER BY name")
                .param("ids", ids)
                .query(Hub.class)
                .list();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM hub WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }
}
