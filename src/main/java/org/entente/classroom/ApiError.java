package org.entente.classroom;

/**
 * A request the classroom refuses, with the HTTP status and the one sentence the client is shown (docs/classroom.md)
 * (400 bad input, 401 no or unknown token, 403 wrong role, 404 no such page, endpoint or chart, 405 wrong method,
 * 409 not your turn or table closed, 429 too many joins).
 */
public final class ApiError extends Exception {
    private final int status;

    private ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError badInput(String message) {
        return new ApiError(400, message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError notAllowed(String message) {
        return new ApiError(405, message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, message);
    }

    public static ApiError tooMany(String message) {
        return new ApiError(429, message);
    }
}
