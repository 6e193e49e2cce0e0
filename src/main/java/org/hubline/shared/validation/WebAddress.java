package org.hubline.shared.validation;

/**
 * What a web address published about a partner may be: an {@code https://} or {@code http://}
 * address, so that nothing such as {@code javascript:} reaches the public directory or a link.
 */
public final class WebAddress {

    /** Blank is allowed (no address); otherwise http or https, then no spaces. */
    public static final String PATTERN = "^$|^(?i)https?://[^\\s<>\"]+$";
    public static final String MESSAGE = "Enter a web address starting https:// (or http://)";

    private WebAddress() {
    }

    public static boolean valid(String address) {
        return address == null || address.matches(PATTERN);
    }
}
