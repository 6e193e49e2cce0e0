package org.hubline.intake.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} requests per client in each minute (a fixed window per client, kept
 * in memory on this node). Returns how many seconds to wait when the limit is reached.
 */
final class RateLimiter {

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 if the request may go ahead, otherwise the seconds until the next window. */
    long tryAcquire(String client) {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window w = windows.merge(client, new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        return w.count() <= perMinute ? 0 : Math.max(1, (minute + 1) * 60 - now / 1000);
    }
}
