package org.hubline.residents;

import java.util.Set;

/**
 * What rebuilding insight's counts needs to know of a resident, and nothing more: the record their
 * history counts under (the survivor, after merges) and their vulnerability flags.
 */
public record CountingFacts(long survivorId, Set<String> vulnerabilities) {
}
