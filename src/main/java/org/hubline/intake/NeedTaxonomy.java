package org.hubline.intake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs taxonomy: categories and the types of need within them. Everyone who logs calls
 * reads it; admins change it without code (types are retired, never deleted, so history keeps
 * its meaning).
 */
@Service
@Transactional
public class NeedTaxonomy {

    private final NeedTaxonomyStore store;
    private final AuditTrail audit;

    NeedTaxonomy(NeedTaxonomyStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Need types a handler can choose now, in the council's order. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<NeedType> activeTypes() {
        return store.types(true);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<NeedType> allTypes() {
        return store.types(false);
    }

    /** Every need category's name by its code, in the taxonomy's order (retired ones too, for history). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<String, String> categoryNames() {
        return names(store.categories());
    }

    /**
     * The same names for the partner directory, which publishes them as its taxonomy to anyone
     * (the Open Referral UK endpoint): they say nothing about any resident.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<String, String> publishedCategoryNames() {
        return names(store.categories());
    }

    private static Map<String, String> names(List<NeedCategory> categories) {
        Map<String, String> names = new LinkedHashMap<>();
        categories.forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<NeedCategory> categories() {
        return store.categories();
    }

    /** Adds a category (code null) or changes one as opened; a stale change is refused. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void saveCategory(NeedCategory category, boolean isNew) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (category.name() == null || category.name().isBlank()) {
            errors.put("name", "Enter the category's name");
        }
        String code = category.code() == null ? "" : category.code().trim().toUpperCase(Locale.ROOT);
        if (isNew && !code.matches("[A-Z][A-Z_]{1,31}")) {
            errors.put("code", "A code is 2–32 capital letters or underscores, e.g. FOOD");
        } else if (isNew && store.category(code).isPresent()) {
            errors.put("code", "That code is already used");
        }
        Validation.throwIfAny(errors);
        NeedCategory clean = new NeedCategory(code, category.name().trim(), category.asksWhenNeeded(),
                category.sortOrder(), category.active(), category.version());
        if (isNew) {
            store.insertCategory(clean);
            audit.record("NEED_CATEGORY_ADDED", "NEED_CATEGORY", code, clean.name());
        } else if (!store.updateCategory(clean)) {
            throw new StaleEditException("Someone else changed the category " + clean.name()
                    + " while you had it open. Reload and make your change again.");
        } else {
            audit.record("NEED_CATEGORY_CHANGED", "NEED_CATEGORY", code, clean.name()
                    + (clean.active() ? "" : " (retired)"));
        }
    }

    /** Adds a need type (id null) or changes one as opened; a stale change is refused. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void saveType(NeedType type) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (type.categoryCode() == null || store.category(type.categoryCode()).isEmpty()) {
            errors.put("category", "Choose a category");
        }
        if (type.name() == null || type.name().isBlank()) {
            errors.put("name", "Enter the need's name");
        } else if (type.categoryCode() != null && store.typeNameTaken(type.categoryCode(), type.name(), type.id())) {
            errors.put("name", "That category already has a need with this name");
        }
        Validation.throwIfAny(errors);
        NeedType clean = new NeedType(type.id(), type.categoryCode(), null, type.name().trim(), type.urgent(), false,
                type.sortOrder(), type.active(), type.version());
        if (type.id() == null) {
            store.insertType(clean);
            audit.record("NEED_TYPE_ADDED", "NEED_TYPE", clean.name(), clean.categoryCode() + " · " + clean.name());
        } else if (!store.updateType(clean)) {
            throw new StaleEditException("Someone else changed the need " + clean.name()
                    + " while you had it open. Reload and make your change again.");
        } else {
            audit.record("NEED_TYPE_CHANGED", "NEED_TYPE", type.id(), clean.categoryCode() + " · " + clean.name()
                    + (clean.active() ? "" : " (retired)"));
        }
    }

    /** Every need type (offered or retired) by id, read once for a whole call. */
    Map<Long, NeedType> typesById() {
        Map<Long, NeedType> byId = new HashMap<>();
        store.types(false).forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    NeedType type(long id) {
        return store.type(id).orElseThrow(() -> InvalidInputException.of("needs", "Choose a need from the list"));
    }
}
