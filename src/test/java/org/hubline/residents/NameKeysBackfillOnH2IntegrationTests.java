package org.hubline.residents;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubline.test.InTheDemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.ResidentBuilder;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Residents stored before the search existed are found once start-up has indexed their names. */
@H2Test
class NameKeysBackfillOnH2IntegrationTests extends InTheDemoBorough {

    @Autowired
    Residents residents;
    @Autowired
    ResidentSearch search;
    @Autowired
    NameKeysBackfill backfill;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentStoredBeforeTheSearchIsFoundAfterStartUp() {
        String surname = "Older" + Unique.letters();
        signedIn.as("handler");
        ResidentRecord mabel = residents.create(ResidentBuilder.aResident().called("Mabel", surname).inShaw().build(),
                new Placement(null, null));
        jdbc.sql("DELETE FROM resident_match_key WHERE resident_id = :id AND (match_key LIKE 'l:%' "
                + "OR match_key LIKE 'f:%')").param("id", mabel.id()).update();
        assertThat(search.search(surname, 0, 20).total()).isZero();

        backfill.backfill();

        assertThat(search.search(surname, 0, 20).hits()).extracting(ResidentHit::id).containsExactly(mabel.id());
    }
}
