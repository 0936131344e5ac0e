package org.entente.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;

/**
 * One HTTP request and its answer as the classroom's routes see them: method, path, query,
 * bearer token, client address, a JSON body read with a size limit, and JSON or bytes written back
 * with headers that keep browsers from caching private state or sniffing content types.
 */
final class Exchange {
    static final int MAX_BODY = 16 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    private final Request request;
    private final Response response;
    private final Callback callback;
    private byte[] received;
    private boolean unreadable;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        return Request.getPathInContext(request);
    }

    /** A query parameter, or null. */
    String query(String name) {
        Fields f = Request.extractQueryParameters(request);
        return f.getValue(name);
    }

    /** The client's address, for rate limits. */
    String address() {
        String a = Request.getRemoteAddr(request);
        return a != null ? a : "unknown";
    }

    /** The token of an {@code Authorization: Bearer TOKEN} header, or null. */
    String bearer() {
        String h = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String t = h.substring(7).strip();
        return t.isEmpty() ? null : t;
    }

    /** The body as a JSON object (an empty object when there is none); 400 when it is not one or too large. */
    JsonNode body() throws ApiError {
        read();
        if (unreadable) {
            throw ApiError.badInput("the request body is larger than " + MAX_BODY / 1024 + " KiB or could not be read");
        }
        if (received.length == 0) return JSON.createObjectNode();
        JsonNode n;
        try {
            n = JSON.readTree(received);
        } catch (java.io.IOException e) {
            throw ApiError.badInput("the request body is not valid JSON");
        }
        if (n == null || !n.isObject()) throw ApiError.badInput("the request body must be a JSON object");
        return n;
    }

    /**
     * Reads the body once, whether or not the endpoint wants it: an answer sent before the body is
     * read would leave it on the connection, which the server then closes under the client's next request.
     */
    private void read() {
        if (received != null || unreadable) return;
        try {
            received = Content.Source.asByteArrayAsync(request, MAX_BODY).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unreadable = true;
        } catch (ExecutionException e) {
            unreadable = true;
        }
    }

    void json(int status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
        }
        send(status, "application/json; charset=utf-8", bytes, false);
    }

    void error(ApiError e) {
        json(e.status(), JSON.createObjectNode().put("error", e.getMessage()));
    }

    /** Writes the answer; {@code cacheable} only for the pages' static files. */
    void send(int status, String contentType, byte[] bytes, boolean cacheable) {
        read();
        response.setStatus(status);
        var h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        h.put(HttpHeader.CACHE_CONTROL, cacheable ? "no-cache" : "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; "
                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** A download: as {@link #send}, saved under {@code filename} by the browser. */
    void download(String contentType, byte[] bytes, String filename) {
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        send(200, contentType, bytes, false);
    }
}
