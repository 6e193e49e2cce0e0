package org.hubline.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of postcode file Hubline reads, recognised by their header row: the ONS Postcode
 * Directory (ONSPD), the National Statistics Postcode Lookup (NSPL), both exactly as ONS
 * publishes them, and a simple {@code postcode,ward_code} file.
 */
final class PostcodeFile {

    enum Format {
        ONSPD, NSPL, SIMPLE
    }

    /** Column positions of the fields Hubline uses (-1 where the format has none). */
    record Columns(Format format, int postcode, int terminated, int localAuthority, int ward, int lat, int lon) {
    }

    static final String EXPECTED = "Expected the ONS Postcode Directory or NSPL columns (pcds, doterm, "
            + "laua or oslaua, ward or osward, lat, long), or a simple file with the columns postcode,ward_code.";

    private PostcodeFile() {
    }

    static Optional<Columns> recognise(String headerLine) {
        List<String> header = split(headerLine);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        if (index.containsKey("pcds") && index.containsKey("oslaua") && index.containsKey("osward")
                && index.containsKey("doterm")) {
            return Optional.of(new Columns(Format.ONSPD, index.get("pcds"), index.get("doterm"), index.get("oslaua"),
                    index.get("osward"), index.getOrDefault("lat", -1), index.getOrDefault("long", -1)));
        }
        if (index.containsKey("pcds") && index.containsKey("laua") && index.containsKey("ward")
                && index.containsKey("doterm")) {
            return Optional.of(new Columns(Format.NSPL, index.get("pcds"), index.get("doterm"), index.get("laua"),
                    index.get("ward"), index.getOrDefault("lat", -1), index.getOrDefault("long", -1)));
        }
        if (index.containsKey("postcode") && index.containsKey("ward_code")) {
            return Optional.of(new Columns(Format.SIMPLE, index.get("postcode"), -1, -1, index.get("ward_code"), -1,
                    -1));
        }
        return Optional.empty();
    }

    /** Splits one CSV line (RFC 4180 quoting, no embedded line breaks: ONS files have none). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(64);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
