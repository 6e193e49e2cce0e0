package org.hubline.places;

import static org.hubline.shared.Text.blankToNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.Validation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Admins keep the borough's reference geography: wards (of any borough), hubs, and the ward
 * hex map, which is imported and exported as HexJSON (the Open Data Institute's format).
 */
@Service
@Transactional
public class PlacesAdministration {

    /** A borough's wards as HexJSON take a few kilobytes; far more is not a hex map. */
    public static final int MAX_HEXJSON_CHARS = 1024 * 1024;

    private static final Pattern WARD_CODE = Pattern.compile("[EWSN][0-9]{8}");
    private static final Pattern HUB_CODE = Pattern.compile("[A-Z0-9_-]{2,16}");
    static final String LAYOUT = "odd-r";

    private final PlacesStore store;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    PlacesAdministration(PlacesStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Adds a ward ({@code isNew}) or changes one; its hub is set in the footprint designer. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Ward saveWard(Ward ward, boolean isNew) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ward.code() == null || !WARD_CODE.matcher(ward.code().trim()).matches()) {
            errors.put("code", "Enter the ward's ONS code, like E05014646");
        }
        if (ward.name() == null || ward.name().isBlank()) {
            errors.put("name", "Enter the ward's name");
        }
        if (ward.borough() == null || ward.borough().isBlank()) {
            errors.put("borough", "Enter the borough the ward is in");
        }
        if (ward.population() < 0) {
            errors.put("population", "The population cannot be negative");
        }
        Validation.throwIfAny(errors);
        Ward clean = new Ward(ward.code().trim(), ward.name().trim(), ward.borough().trim(),
                blankToNull(ward.localAuthorityCode()), ward.population(), ward.active());
        if (isNew) {
            if (store.ward(clean.code()).isPresent()) {
                throw InvalidInputException.of("code", "There is already a ward " + clean.code());
            }
            store.insertWard(clean);
        } else {
            if (store.ward(clean.code()).isEmpty()) {
                throw InvalidInputException.of("code", "There is no ward " + clean.code());
            }
            store.updateWard(clean);
        }
        audit.record(isNew ? "WARD_CREATED" : "WARD_UPDATED", "WARD", clean.code(),
                clean.name() + ", " + clean.borough() + ", population " + clean.population());
        return clean;
    }

    /** Adds a hub (no id) or changes one. */
    @PreAuthorize(Roles.IS_ADMIN)
    public long saveHub(HubDetails hub) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = hub.code() == null ? "" : hub.code().trim().toUpperCase(Locale.ROOT);
        if (!HUB_CODE.matcher(code).matches()) {
            errors.put("code", "Use 2 to 16 capital letters, digits, dashes or underscores");
        }
        if (hub.name() == null || hub.name().isBlank()) {
            errors.put("name", "Enter the hub's name");
        }
        Validation.throwIfAny(errors);
        HubDetails clean = new HubDetails(hub.id(), code, hub.name().trim(), blankToNull(hub.description()),
                blankToNull(hub.phone()), blankToNull(hub.address()), hub.active());
        try {
            long id = hub.id() == null ? store.insertHub(clean) : update(clean);
            audit.record(hub.id() == null ? "HUB_CREATED" : "HUB_UPDATED", "HUB", id,
                    clean.name() + " (" + clean.code() + ")" + (clean.active() ? "" : ", inactive"));
            return id;
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "Another hub already has this name or code");
        }
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public HubDetails hub(long id) {
        return store.hubDetails(id).orElseThrow(() -> InvalidInputException.of("id", "No such hub"));
    }

    /** The hex map as HexJSON: {@code {"layout":"odd-r","hexes":{"E05…":{"q":1,"r":0,"n":"Name"}}}}. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public String exportHexJson() {
        Map<String, String> names = new HashMap<>();
        store.wards().forEach(w -> names.put(w.code(), w.name()));
        ObjectNode root = json.createObjectNode();
        root.put("layout", LAYOUT);
        ObjectNode hexes = root.putObject("hexes");
        store.hexLayout().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode hex = hexes.putObject(e.getKey());
            hex.put("q", e.getValue()[0]);
            hex.put("r", e.getValue()[1]);
            hex.put("n", names.getOrDefault(e.getKey(), e.getKey()));
        });
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Replaces the hex map with a HexJSON layout; refused whole if any hex is not right. */
    @PreAuthorize(Roles.IS_ADMIN)
    public int importHexJson(String text) {
        if (text != null && text.length() > MAX_HEXJSON_CHARS) {
            throw InvalidInputException.of("file", "A hex map is at most " + MAX_HEXJSON_CHARS / 1024
                    + " KB; this file is larger, so it is not a ward hex map.");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw InvalidInputException.of("file", "This is not a JSON file: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("hexes").isObject()) {
            throw InvalidInputException.of("file", "HexJSON needs a \"hexes\" object with one entry per ward");
        }
        String layout = root.path("layout").asString("");
        if (!LAYOUT.equals(layout)) {
            throw InvalidInputException.of("file", "Hubline draws the \"odd-r\" layout; this file's layout is \""
                    + layout + "\"");
        }
        Set<String> wards = new HashSet<>();
        store.wards().forEach(w -> wards.add(w.code()));
        Map<String, int[]> layoutByWard = new LinkedHashMap<>();
        Set<String> cells = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : root.path("hexes").properties()) {
            JsonNode hex = e.getValue();
            if (!wards.contains(e.getKey())) {
                throw InvalidInputException.of("file", "Hex " + e.getKey() + " is not a ward Hubline knows");
            }
            if (!hex.path("q").isInt() || !hex.path("r").isInt()) {
                throw InvalidInputException.of("file", "Hex " + e.getKey() + " needs whole numbers q and r");
            }
            int q = hex.path("q").asInt();
            int r = hex.path("r").asInt();
            if (!cells.add(q + "," + r)) {
                throw InvalidInputException.of("file", "Two hexes share the cell q=" + q + ", r=" + r);
            }
            layoutByWard.put(e.getKey(), new int[] {q, r});
        }
        store.replaceHexLayout(layoutByWard);
        audit.record("HEX_MAP_IMPORTED", "HEX_MAP", null, layoutByWard.size() + " hexes");
        return layoutByWard.size();
    }

    private long update(HubDetails hub) {
        if (store.hubDetails(hub.id()).isEmpty()) {
            throw InvalidInputException.of("id", "No such hub");
        }
        store.updateHub(hub);
        return hub.id();
    }
}
