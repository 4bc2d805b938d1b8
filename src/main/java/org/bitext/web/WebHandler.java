package org.bitext.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.SearchResultJson;
import org.bitext.index.DateRange;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.text.BadInputException;

/**
 * Routes every request of the server: the JSON API ({@code /api/search}, {@code /api/pair/DOC/PARAGRAPH},
 * {@code /api/terms}, {@code /health}) and the page's packaged files. It parses and checks parameters,
 * calls the {@link LookupService} and writes JSON; errors become a JSON body with a one-line message and
 * never carry a stack trace.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported jdk.httpserver API")
final class WebHandler implements HttpHandler {

    private static final int MAX_LIMIT = 1000;
    /**
     * Deepest hit the API pages to (offset + limit): the page fetches at most 1,000 hits; deeper pages made
     * a cheap denial of service (every hit up to the offset is read and spotted).
     */
    static final int MAX_WINDOW = 1000;
    /** Largest POST body: a review decision is a few hundred bytes. */
    private static final int MAX_BODY = 64 * 1024;
    /** A loopback Host header: the name, then an optional port and nothing else (no {@code @}, no path). */
    private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");

    /** Scripts, styles and data only from this server: no inline script, no third party. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final LookupService service;
    private final StaticResources resources;
    private final boolean loopbackOnly;
    private final PrintStream log;
    private final WorkLimiter limiter = new WorkLimiter();

    /**
     * @param loopbackOnly when the server listens on loopback only, refuse requests whose Host header names
     *                     another host (DNS rebinding: a web site must not read the local API)
     */
    WebHandler(LookupService service, StaticResources resources, boolean loopbackOnly, PrintStream log) {
        this.service = service;
        this.resources = resources;
        this.loopbackOnly = loopbackOnly;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = route(exchange);
            } catch (HttpError e) {
                response = Response.error(e.status(), e.getMessage());
            } catch (RuntimeException e) {
                // The client learns only that it failed; the operator gets the detail on stderr.
                log.println("bitext serve: internal error on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + ": " + e);
                response = Response.error(500, "internal error");
            }
            send(exchange, response);
        }
    }

    private Response route(HttpExchange exchange) throws IOException {
        checkHost(exchange.getRequestHeaders());
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (method.equals("POST") && path.equals("/api/review")) {
            return Response.json(ReviewApi.save(service, jsonBody(exchange)));
        }
        boolean post = method.equals("POST") && path.equals("/api/lookup");
        if (!method.equals("GET") && !method.equals("HEAD") && !post) {
            throw new HttpError(405, "method " + method + " is not allowed; use GET");
        }
        QueryParams params = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        if (path.equals("/api/lookup")) {
            return post ? LookupRoutes.post(service, params, exchange.getRequestBody())
                    : LookupRoutes.get(service, params);
        } else if (path.equals("/health")) {
            String problem = service.refreshProblem().orElse(null);
            String json = ApiJson.health(service.hasTerms(), service.generation(), problem);
            return problem == null ? Response.json(json) : new Response(503, "application/json; charset=utf-8",
                    json.getBytes(StandardCharsets.UTF_8), false);
        } else if (path.equals("/api/search")) {
            return search(params);
        } else if (path.startsWith("/api/pair/")) {
            return pair(path.substring("/api/pair/".length()));
        } else if (path.equals("/api/terms")) {
            String q = params.query("q");
            int limit = params.intValue("limit", 20, 1, 200);
            return Response.json(ApiJson.terms(q, service.hasTerms(), service.terms(q, limit)));
        } else if (path.equals("/api/review")) {
            return Response.json(ReviewApi.list(service));
        } else if (path.startsWith("/api/")) {
            throw HttpError.notFound("no such API: " + path);
        }
        return staticFile(path);
    }

    /** The {@code from}/{@code to} date filter (ISO dates, inclusive); a bad date is the client's error. */
    static DateRange dates(QueryParams params) {
        try {
            return DateRange.parse("parameter 'from'", params.get("from").orElse(null),
                    "parameter 'to'", params.get("to").orElse(null));
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    private Response search(QueryParams params) {
        String q = params.query("q");
        int limit = params.intValue("limit", 20, 1, MAX_LIMIT);
        int offset = params.intValue("offset", 0, 0, Integer.MAX_VALUE);
        if ((long) offset + limit > MAX_WINDOW) {
            throw HttpError.badRequest("offset + limit must be at most " + MAX_WINDOW + ", was "
                    + ((long) offset + limit) + "; refine the query instead of paging deeper");
        }
        Level level = params.get("level").map(WebHandler::level).orElse(Level.SENTENCE);
        String doc = params.get("doc").orElse(null);
        SearchRequest request = new SearchRequest(q, limit, offset, level, doc, dates(params));
        SearchResult result;
        try {
            result = limiter.call(offset + limit, () -> service.search(request));
        } catch (BadInputException | IllegalArgumentException e) {
            // The facade's word for a query it cannot parse ("unbalanced quote", ...).
            throw HttpError.badRequest(oneLine(e.getMessage(), "malformed query"));
        }
        Response export = LookupRoutes.exportSearch(result, params);
        return export != null ? export : Response.json(SearchResultJson.toJson(request, result));
    }

    private Response pair(String rest) {
        String[] parts = rest.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw HttpError.notFound("use /api/pair/DOCUMENT/PARAGRAPH");
        }
        // In a path '+' is a plus sign, not a space; URLDecoder follows form rules, so protect it.
        String document = QueryParams.decode(parts[0].replace("+", "%2B"));
        String paragraph = QueryParams.decode(parts[1].replace("+", "%2B"));
        List<AlignedPair> units = service.paragraph(document, paragraph);
        if (units.isEmpty()) {
            throw HttpError.notFound("no paragraph " + paragraph + " in document " + document);
        }
        return Response.json(ApiJson.paragraph(document, paragraph, units));
    }

    private Response staticFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (path.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || path.contains("\\") || path.contains("//")) {
            throw HttpError.badRequest("refused path");
        }
        Optional<StaticResources.Resource> r = resources.get(path);
        if (r.isEmpty()) {
            throw HttpError.notFound("not found: " + path);
        }
        return new Response(200, r.get().contentType(), r.get().body(), true);
    }

    /**
     * The body of a JSON POST. Only {@code Content-Type: application/json} is taken: a cross-site HTML form
     * cannot send it, and a cross-site script that sets it must pass a CORS preflight, which this server never
     * grants; so only the page itself (or a local tool) can post.
     */
    private static String jsonBody(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new HttpError(415, "POST needs Content-Type: application/json, was "
                    + (type == null ? "none" : "'" + type + "'"));
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new HttpError(413, "request body over " + MAX_BODY + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw HttpError.badRequest("request body is not UTF-8");
        }
    }

    private void checkHost(Headers headers) {
        if (!loopbackOnly) {
            return;
        }
        String host = headers.getFirst("Host");
        if (host == null) {
            return; // HTTP/1.0 clients send none; the socket is loopback-only anyway
        }
        // The whole header must be a loopback name and port: "localhost:80@evil.com" is not localhost.
        if (!LOOPBACK_HOST.matcher(host.strip().toLowerCase(Locale.ROOT)).matches()) {
            throw new HttpError(403, "this server answers only to localhost");
        }
    }

    /** The {@code level} parameter as a {@link Level}, or a 400 naming the values it takes. */
    static Level level(String s) {
        try {
            return Level.parse(s);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("parameter 'level' must be sentence or paragraph");
        }
    }

    private static String oneLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", response.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", response.page() ? "no-cache" : "no-store");
        if (response.page()) {
            h.set("Content-Security-Policy", CSP);
            h.set("X-Frame-Options", "DENY");
        }
        if (response.status() == 405) {
            h.set("Allow", "GET, HEAD");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    /** A finished response. {@code page} marks the packaged page files (they get the page's headers). */
    record Response(int status, String contentType, byte[] body, boolean page) {
        static Response json(String json) {
            return new Response(200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8),
                    false);
        }

        static Response error(int status, String message) {
            return new Response(status, "application/json; charset=utf-8",
                    ApiJson.error(status, message).getBytes(StandardCharsets.UTF_8), false);
        }
    }
}
