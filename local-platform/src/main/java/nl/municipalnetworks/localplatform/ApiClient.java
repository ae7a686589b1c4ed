package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small JSON client for one service, with a bearer token; any unexpected status is an {@link ApiException}. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long {@link #createOnceKnown} waits for a service to learn something from another's events. */
    static final Duration VIEW_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // plain http: no h2c upgrade dance
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String bearerToken;

    ApiClient(String baseUrl, String bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    /** Every item of a paged list ({"items": [...], "totalPages": n}), page by page; {@code path} has a query already. */
    List<JsonNode> getAllPages(String path) {
        List<JsonNode> items = new ArrayList<>();
        int totalPages = 1;
        for (int page = 1; page <= totalPages; page++) {
            JsonNode answer = get(path + "&pageSize=100&page=" + page);
            answer.path("items").forEach(items::add);
            totalPages = answer.path("totalPages").asInt(1);
        }
        return items;
    }

    /**
     * POST that must answer 201 Created, tried again for up to {@link #VIEW_WAIT} while the service answers 400
     * on {@code field}: the service learns what that field names (a municipality, a person) from another
     * service's events, and right after a first start it may not have read them yet.
     */
    JsonNode createOnceKnown(String path, JsonNode body, String field, Runnable whileWaiting) {
        long deadline = System.nanoTime() + VIEW_WAIT.toNanos();
        while (true) {
            try {
                return create(path, body);
            } catch (ApiException e) {
                if (!e.isInvalid(field) || System.nanoTime() > deadline) {
                    throw e;
                }
                whileWaiting.run();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** POST of a step (a proposal, an adoption, a status change) that must answer 200; {@code body} may be null. */
    JsonNode post(String path, JsonNode body) {
        return send("POST", path, body, 200);
    }

    /** POST that must answer 201 Created; returns the created resource. */
    JsonNode create(String path, JsonNode body) {
        return send("POST", path, body, 201);
    }

    private JsonNode send(String method, String path, JsonNode body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ApiException(method, path, body, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(method, path, body, -1, "interrupted");
        }
        if (response.statusCode() != expectedStatus) {
            throw new ApiException(method, path, body, response.statusCode(), response.body());
        }
        if (response.body() == null || response.body().isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ApiException(method, path, body, response.statusCode(), "answer is not JSON: " + response.body());
        }
    }

    /** An answer other than the expected one; the message says what was sent and what came back. */
    static final class ApiException extends RuntimeException {

        /** The HTTP status, or -1 when no answer came. */
        final int status;
        final String answer;

        ApiException(String method, String path, JsonNode sent, int status, String answer) {
            super(method + " " + path + (status < 0 ? " failed: " : " answered " + status + ": ") + answer
                    + (sent == null ? "" : System.lineSeparator() + "  request body: " + sent));
            this.status = status;
            this.answer = answer;
        }

        /** A 400 whose problem details name {@code field} among the invalid parameters. */
        boolean isInvalid(String field) {
            if (status != 400) {
                return false;
            }
            try {
                for (JsonNode param : JSON.readTree(answer).path("invalidParams")) {
                    if (field.equals(param.path("name").asText())) {
                        return true;
                    }
                }
                return false;
            } catch (IOException notJson) {
                return false;
            }
        }
    }
}
