package org.hubline.referrals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads another publisher's Open Referral UK API over HTTP(S): its services page by page, then
 * each service fully nested by id, as the profile describes. Each answer must come within the
 * timeout, be JSON and at most {@link #MAX_BYTES}; a feed of more than {@link #MAX_SERVICES}
 * services is refused. Anything else is a {@link FeedException} saying what went wrong and where.
 */
@Component
class FeedClient {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SERVICES = 10_000;
    private static final int PER_PAGE = 100;

    /** A feed that could not be read, with a message an admin can act on. */
    static final class FeedException extends Exception {
        FeedException(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final JsonMapper json;

    FeedClient(JsonMapper json) {
        this.json = json;
    }

    /** The first page of services, as listed. */
    JsonNode firstPage(String baseUrl) throws FeedException {
        return get(baseUrl + "/services?page=1&per_page=" + PER_PAGE);
    }

    /** Every service of the feed, fully nested; fails as a whole if any page or service fails. */
    List<JsonNode> allServices(String baseUrl) throws FeedException {
        List<JsonNode> services = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode listing = get(baseUrl + "/services?page=" + page + "&per_page=" + PER_PAGE);
            JsonNode contents = listing.path("contents");
            if (!contents.isArray()) {
                throw new FeedException("Page " + page + " of " + baseUrl + "/services is not an Open Referral UK "
                        + "page (it has no 'contents').");
            }
            for (JsonNode item : contents) {
                String id = item.path("id").asString("");
                if (id.isBlank()) {
                    throw new FeedException("A service on page " + page + " has no id.");
                }
                services.add(get(baseUrl + "/services/" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
                if (services.size() > MAX_SERVICES) {
                    throw new FeedException("The feed has more than " + MAX_SERVICES + " services.");
                }
            }
            int totalPages = listing.path("total_pages").asInt(0);
            if (contents.isEmpty() || page >= totalPages) {
                return services;
            }
        }
    }

    private JsonNode get(String url) throws FeedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FeedException(url + " is not a web address.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (response.statusCode() != 200) {
                    throw new FeedException(url + " answered " + response.statusCode() + ".");
                }
                if (bytes.length > MAX_BYTES) {
                    throw new FeedException(url + " sent more than " + MAX_BYTES / (1024 * 1024) + " MB.");
                }
                return json.readTree(bytes);
            }
        } catch (IOException e) {
            throw new FeedException(url + " could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("The refresh was interrupted.");
        } catch (RuntimeException e) {
            throw new FeedException(url + " did not send JSON.");
        }
    }
}
