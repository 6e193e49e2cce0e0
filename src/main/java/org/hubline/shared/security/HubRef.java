package org.hubline.shared.security;

/** A hub as the signed-in user sees it in the header: enough to name it and scope by it. */
public record HubRef(long id, String name) {
}
