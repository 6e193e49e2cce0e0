package org.hubline.referrals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/**
 * Another publisher's Open Referral UK API, served on loopback for a test: its services, in pages of
 * {@code perPage}, each readable by id; a page can be made to fail. Never the internet.
 */
public class FeedFixture implements AutoCloseable {

    private final HttpServer server;
    /** Each fixture has its own base path, so no two fixtures ever share an address, even on a reused port. */
    private final String base = "/api-" + java.util.UUID.randomUUID();
    private final Map<String, String> services = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final int perPage;
    private volatile int failingPage = -1;

    public FeedFixture(int perPage) throws IOException {
        this.perPage = perPage;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(base, exchange -> {
            String path = "/api" + exchange.getRequestURI().getPath().substring(base.length());
            String query = exchange.getRequestURI().getQuery();
            int status = 200;
            String body;
            if (path.equals("/api/services")) {
                int page = Integer.parseInt(query.replaceAll("(?:^|.*&)page=(\\d+).*", "$1"));
                if (page == failingPage) {
                    status = 500;
                    body = "{\"title\":\"Internal Server Error\"}";
                } else {
                    body = page(page);
                }
            } else if (path.startsWith("/api/services/") && services.containsKey(path.substring(14))) {
                body = services.get(path.substring(14));
            } else {
                status = 404;
                body = "{\"title\":\"Not found\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base;
    }

    /** Publishes (or changes) a service, given as ORUK JSON with its id. */
    public synchronized void publish(String id, String json) {
        if (!services.containsKey(id)) {
            order.add(id);
        }
        services.put(id, json);
    }

    synchronized void withdraw(String id) {
        services.remove(id);
        order.remove(id);
    }

    void failPage(int page) {
        failingPage = page;
    }

    private synchronized String page(int page) {
        int total = order.size();
        int pages = (total + perPage - 1) / perPage;
        List<String> items = order.subList(Math.min(total, (page - 1) * perPage), Math.min(total, page * perPage));
        return "{\"total_items\":" + total + ",\"total_pages\":" + pages + ",\"page_number\":" + page + ",\"size\":"
                + items.size() + ",\"first_page\":" + (page == 1) + ",\"last_page\":" + (page >= pages)
                + ",\"empty\":" + items.isEmpty() + ",\"contents\":[" + String.join(",", items.stream()
                        .map(id -> "{\"id\":\"" + id + "\",\"name\":" + services.get(id).replaceAll(
                                "(?s).*?\"name\"\\s*:\\s*(\"[^\"]*\").*", "$1") + "}").toList()) + "]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
