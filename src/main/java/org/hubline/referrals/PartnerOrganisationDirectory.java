package org.hubline.referrals;

import java.util.List;
import java.util.Optional;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the accounts module which partner organisations exist (its users can belong to one). */
@Component
@Transactional(readOnly = true)
class PartnerOrganisationDirectory implements PartnerOrganisations {

    private final JdbcClient jdbc;

    PartnerOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PartnerOrganisationRef> all() {
        return jdbc.sql("SELECT id, name FROM partner_organisation WHERE active = TRUE ORDER BY name")
                .query(PartnerOrganisationRef.class).list();
    }

    @Override
    public Optional<PartnerOrganisationRef> find(long id) {
        return jdbc.sql("SELECT id, name FROM partner_organisation WHERE id = :id")
                .param("id", id).query(PartnerOrganisationRef.class).optional();
    }
}
