package org.hubline.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the needs taxonomy. */
@Repository
class NeedTaxonomyStore {

    private static final String TYPE_QUERY = """
            SELECT t.id, t.category_code, c.name AS category_name, t.name, t.urgent, c.asks_when_needed,
                t.sort_order, t.active, t.version
            FROM need_type t JOIN need_category c ON c.code = t.category_code""";

    private final JdbcClient jdbc;

    NeedTaxonomyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NeedCategory> categories() {
        return jdbc.sql("SELECT code, name, asks_when_needed, sort_order, active, version FROM need_category "
                + "ORDER BY sort_order, name").query(NeedCategory.class).list();
    }

    List<NeedType> types(boolean activeOnly) {
        return jdbc.sql(TYPE_QUERY + (activeOnly ? " WHERE t.active = TRUE AND c.active = TRUE" : "")
                + " ORDER BY c.sort_order, t.sort_order, t.name").query(NeedType.class).list();
    }

    Optional<NeedType> type(long id) {
        return jdbc.sql(TYPE_QUERY + " WHERE t.id = :id").param("id", id).query(NeedType.class).optional();
    }

    Optional<NeedCategory> category(String code) {
        return jdbc.sql("SELECT code, name, asks_when_needed, sort_order, active, version FROM need_category "
                + "WHERE code = :code").param("code", code).query(NeedCategory.class).optional();
    }

    boolean updateCategory(NeedCategory c) {
        return jdbc.sql("UPDATE need_category SET name = :name, asks_when_needed = :asks, sort_order = :sort, "
                + "active = :active, version = version + 1 WHERE code = :code AND version = :version")
                .param("code", c.code()).param("name", c.name()).param("asks", c.asksWhenNeeded())
                .param("sort", c.sortOrder()).param("active", c.active()).param("version", c.version()).update() == 1;
    }

    void insertCategory(NeedCategory c) {
        jdbc.sql("INSERT INTO need_category (code, name, asks_when_needed, sort_order, active) "
                + "VALUES (:code, :name, :asks, :sort, :active)")
                .param("code", c.code()).param("name", c.name()).param("asks", c.asksWhenNeeded())
                .param("sort", c.sortOrder()).param("active", c.active()).update();
    }

    boolean updateType(NeedType t) {
        return jdbc.sql("UPDATE need_type SET category_code = :category, name = :name, urgent = :urgent, "
                + "sort_order = :sort, active = :active, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", t.id()).param("category", t.categoryCode()).param("name", t.name())
                .param("urgent", t.urgent()).param("sort", t.sortOrder()).param("active", t.active())
                .param("version", t.version()).update() == 1;
    }

    void insertType(NeedType t) {
        jdbc.sql("INSERT INTO need_type (category_code, name, urgent, sort_order, active) "
                + "VALUES (:category, :name, :urgent, :sort, :active)")
                .param("category", t.categoryCode()).param("name", t.name()).param("urgent", t.urgent())
                .param("sort", t.sortOrder()).param("active", t.active()).update();
    }

    boolean typeNameTaken(String categoryCode, String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM need_type WHERE category_code = :c AND LOWER(name) = LOWER(:n) "
                + "AND id <> :id")
                .param("c", categoryCode).param("n", name.trim()).param("id", exceptId == null ? -1L : exceptId).query(Integer.class).single() > 0;
    }
}
