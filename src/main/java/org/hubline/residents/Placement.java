package org.hubline.residents;

/** Where routing placed the resident: their ward (if known) and the hub serving it (if any). */
public record Placement(String wardCode, Long hubId) {

    public static Placement none() {
        return new Placement(null, null);
    }
}
