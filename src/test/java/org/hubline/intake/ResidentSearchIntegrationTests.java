package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.resident;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hubline.residents.ResidentHit;
import org.hubline.residents.ResidentSearch;
import org.hubline.residents.ResidentSearchResult;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A handler or coordinator finds a resident by what the caller tells them — the start of a name,
 * a date of birth, a phone number, a postcode, a reference — ranked as the call screen ranks a
 * returning caller, within the user's scope, and every search is audited without its terms. On H2
 * and PostgreSQL.
 */
abstract class ResidentSearchIntegrationTests extends InTheDemoBorough {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ResidentSearch search;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    JdbcClient jdbc;

    private LoggedCall calls(String first, String last, LocalDate dob, String postcode, String phone) {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(resident(first, last, dob, postcode, phone),
                List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    private List<String> names(ResidentSearchResult result) {
        return result.hits().stream().map(ResidentHit::name).toList();
    }

    @Test
    void aHandlerFindsAResidentByTheStartOfHerSurnameAndHerDateOfBirth() {
        String surname = "Searcher" + Unique.letters();
        LocalDate dob = Unique.birthday();
        calls("Edna", surname, dob, Calls.SHAW, Unique.phone());
        calls("Edith", surname, Unique.birthday(), Calls.SHAW, Unique.phone());

        signedIn.as("handler");
        assertThat(names(search.search(surname.substring(0, surname.length() - 2), 0, 20)))
                .containsExactlyInAnyOrder("Edna " + surname, "Edith " + surname);
        ResidentSearchResult both = search.search(surname.toLowerCase() + " " + dob.format(UK), 0, 20);
        assertThat(names(both)).containsExactly("Edna " + surname);
        assertThat(both.hits().get(0).matched()).contains("date of birth");
    }

    @Test
    void aHandlerFindsAResidentByPhonePostcodeOrTheReferenceSheQuotes() {
        String surname = "Quoter" + Unique.letters();
        String phone = Unique.phone();
        LoggedCall call = calls("Ivy", surname, Unique.birthday(), Calls.FAILSWORTH_EAST, phone);

        signedIn.as("handler");
        assertThat(names(search.search(phone.replace(" ", ""), 0, 20))).containsExactly("Ivy " + surname);
        assertThat(names(search.search("m359zg " + surname, 0, 20))).containsExactly("Ivy " + surname);
        assertThat(names(search.search("hr-" + call.requestId(), 0, 20))).containsExactly("Ivy " + surname);
        assertThat(search.search("HR-999999999", 0, 20).total()).isZero();

        var referral = jdbc.sql("SELECT id, resident_id FROM referral ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(search.search(String.format("REF-%06d", referral[0]), 0, 20).hits())
                .extracting(ResidentHit::id).containsExactly(referral[1]);
    }

    @Test
    void theBestMatchComesFirstAndANicknameFindsTheFormalName() {
        String surname = "Ranker" + Unique.letters();
        calls("Anna", surname, Unique.birthday(), Calls.SHAW, Unique.phone());
        calls("Ann", surname, Unique.birthday(), Calls.SHAW, Unique.phone());
        calls("Robert", surname, Unique.birthday(), Calls.SHAW, Unique.phone());

        signedIn.as("handler");
        assertThat(names(search.search("Ann " + surname, 0, 20)))
                .containsExactly("Ann " + surname, "Anna " + surname);
        assertThat(names(search.search("Bob " + surname, 0, 20))).containsExactly("Robert " + surname);
    }

    @Test
    void resultsComeAPageAtATime() {
        String surname = "Pager" + Unique.letters();
        for (String first : List.of("Alice", "Beryl", "Cora", "Dora", "Enid")) {
            calls(first, surname, Unique.birthday(), Calls.SHAW, Unique.phone());
        }
        signedIn.as("handler");
        ResidentSearchResult first = search.search(surname, 0, 2);
        ResidentSearchResult last = search.search(surname, 4, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).hasSize(2);
        assertThat(last.hits()).hasSize(1);
        assertThat(names(first)).doesNotContainAnyElementsOf(names(last));
    }

    @Test
    void aCoordinatorFindsOnlyTheResidentsOfHerHubs() {
        String surname = "Scoped" + Unique.letters();
        calls("Nora", surname, Unique.birthday(), Calls.SHAW, Unique.phone());
        calls("Sara", surname, Unique.birthday(), Calls.FAILSWORTH_EAST, Unique.phone());

        signedIn.as("coordinator");
        assertThat(names(search.search(surname, 0, 20))).containsExactly("Nora " + surname);
        signedIn.as("coordinator.south");
        assertThat(names(search.search(surname, 0, 20))).containsExactly("Sara " + surname);
    }

    @Test
    void partnersDirectorsAndAdminsCannotSearchResidents() {
        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> search.search("Smith", 0, 20)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void eachSearchIsAuditedByTheKindsOfTermNeverTheTermsThemselves() {
        String surname = "Audited" + Unique.letters();
        LocalDate dob = Unique.birthday();
        calls("Olive", surname, dob, Calls.SHAW, Unique.phone());

        signedIn.as("handler.two");
        search.search(surname + " " + dob.format(UK), 0, 20);
        search.search(surname + " " + dob.format(UK), 50, 20);

        List<String> details = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'RESIDENT_SEARCHED' "
                + "AND actor = :actor ORDER BY id DESC").param("actor", "handler.two").query(String.class).list();
        assertThat(details.get(0)).isEqualTo("Searched by name, date of birth: 1 found");
        assertThat(details).noneMatch(d -> d.contains(surname) || d.contains(dob.format(UK)));
        int pagesAudited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESIDENT_SEARCHED' "
                + "AND actor = 'handler.two' AND detail LIKE '%name, date of birth%'").query(Integer.class).single();
        assertThat(pagesAudited).as("a later page of the same search is not another search").isEqualTo(1);
    }
}
