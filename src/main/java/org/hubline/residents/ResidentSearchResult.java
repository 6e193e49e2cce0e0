package org.hubline.residents;

import java.util.List;

/**
 * One page of the residents found, best first, with how many were found in all; {@code
 * narrowed} when there were more than the search ranks, so the user should add a detail.
 */
public record ResidentSearchResult(List<ResidentHit> hits, int total, boolean narrowed) {

    public static ResidentSearchResult none() {
        return new ResidentSearchResult(List.of(), 0, false);
    }
}
