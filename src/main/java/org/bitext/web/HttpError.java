package org.bitext.web;

/**
 * A request the server refuses, with the HTTP status and a one-line message that is safe to show the
 * client (no stack trace, no internal detail). Thrown by request parsing, turned into a JSON error.
 */
final class HttpError extends RuntimeException {

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status must be 4xx or 5xx, was " + status);
        }
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }
}
