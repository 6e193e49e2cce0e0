package org.hubline.accounts;

import java.util.List;

import org.hubline.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enabled colleagues with a role, e.g. the call handlers callbacks can be assigned to. */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final JdbcClient jdbc;

    Colleagues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'ADMIN')")
    public List<Colleague> withRole(Role role) {
        return jdbc.sql("""
                SELECT u.username, u.display_name FROM user_account u
                JOIN user_account_role r ON r.user_account_id = u.id
                WHERE r.role = :role AND u.enabled = TRUE ORDER BY u.display_name""")
                .param("role", role.name()).query(Colleague.class).list();
    }
}
