package org.hubline.shared.security;

/**
 * Someone was refused: a service call outside their role or scope ({@code where} names the service
 * and method, {@code recordId} the record asked for, if any), or a page their role may not open
 * ({@code where} is "page " and its path). Published as it happens, for the audit trail; it carries
 * names and ids only, never what a record says.
 */
public record AccessRefused(String where, String recordId, String reason) {
}
