package org.hubline.referrals;

import java.util.List;

/** What a feed offers, read without changing anything: how many services, the first few names, or why it cannot be read. */
public record FeedPreview(int totalServices, List<String> firstServices, String problem) {
}
