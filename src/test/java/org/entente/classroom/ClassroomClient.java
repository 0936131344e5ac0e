package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.HangGuard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** A client of the classroom's JSON API over real HTTP, as a page or a script would use it; remembers every answer. */
final class ClassroomClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: its status and body (JSON when it parses). */
    record Answer(int status, String body, JsonNode json) {
        JsonNode get(String field) {
            return json.get(field);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HangGuard.LIMIT).build();
    private final URI base;
    private final List<Answer> seen = new ArrayList<>();
    String token;

    ClassroomClient(URI base) {
        this.base = base;
    }

    /** Every answer this client received, in order. */
    synchronized List<Answer> seen() {
        return List.copyOf(seen);
    }

    Answer join(String code, String name) throws IOException, InterruptedException {
        Answer a = post("/api/join", JSON.createObjectNode().put("code", code).put("name", name).toString());
        if (a.status() == 200) token = a.get("token").asText();
        return a;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    Answer me() throws IOException, InterruptedException {
        return get("/api/me");
    }

    Answer offer(String issues) throws IOException, InterruptedException {
        return post("/api/offer", "{\"issues\":" + issues + "}");
    }

    Answer accept() throws IOException, InterruptedException {
        return post("/api/accept", "{}");
    }

    Answer vote(boolean yes) throws IOException, InterruptedException {
        return post("/api/vote", "{\"yes\":" + yes + "}");
    }

    private Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = http.send(b.timeout(HangGuard.LIMIT).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = JSON.readTree(r.body());
        } catch (IOException e) {
            json = null;
        }
        Answer a = new Answer(r.statusCode(), r.body(), json);
        synchronized (this) {
            seen.add(a);
        }
        return a;
    }
}
