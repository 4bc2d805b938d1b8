package org.bitext.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.Level;
import org.bitext.format.TmExport;
import org.bitext.format.TmJson;
import org.bitext.index.SearchResult;
import org.bitext.index.TmRequest;
import org.bitext.index.TmResult;

/**
 * The translation-memory routes: {@code GET /api/lookup?q=} (one text) and {@code POST /api/lookup} (a body
 * of UTF-8 text, one sentence a line, as a CAT-tool plugin sends a batch), with {@code min}, {@code limit},
 * {@code level}, {@code doc}, and {@code format=json|tmx|csv} for the page's Export button (also on
 * {@code /api/search}).
 */
final class LookupRoutes {

    /** Largest POST body read, and most lines in it. */
    static final int MAX_BODY_BYTES = 1 << 20;
    static final int MAX_LINES = 1000;

    private LookupRoutes() {
    }

    static WebHandler.Response get(LookupService service, QueryParams params) {
        String q = params.get("q").orElse("");
        if (q.codePointCount(0, q.length()) > TmRequest.MAX_LENGTH) {
            throw HttpError.badRequest("text is too long: " + q.length() + " characters (at most "
                    + TmRequest.MAX_LENGTH + "; one sentence or paragraph)");
        }
        TmRequest req = request(q, params);
        TmResult r = lookup(service, req);
        return respond(List.of(r), params, false);
    }

    static WebHandler.Response post(LookupService service, QueryParams params, InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the request body");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new HttpError(413, "request body over " + MAX_BODY_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("the body is not UTF-8 text");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            throw HttpError.badRequest("the body holds no sentence (send one sentence a line)");
        }
        if (lines.size() > MAX_LINES) {
            throw HttpError.badRequest("too many lines: " + lines.size() + " (at most " + MAX_LINES + ")");
        }
        List<TmResult> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.length() > TmRequest.MAX_LENGTH
                    ? new TmResult(line, null, List.of(), "too long to look up (at most " + TmRequest.MAX_LENGTH
                            + " characters)")
                    : lookup(service, request(line, params)));
        }
        return respond(out, params, true);
    }

    /** Search hits as TMX or CSV (the page's Export button), or null for JSON. */
    static WebHandler.Response exportSearch(SearchResult result, QueryParams params) {
        String format = params.get("format").orElse("json");
        StringWriter w = new StringWriter();
        try {
            switch (format) {
                case "json" -> {
                    return null;
                }
                case "tmx" -> TmExport.searchTmx(result, w);
                case "csv" -> TmExport.searchCsv(result, w);
                default -> throw HttpError.badRequest("parameter 'format' must be json, tmx or csv");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(w.toString(), format);
    }

    private static TmRequest request(String text, QueryParams params) {
        int min = params.intValue("min", TmRequest.DEFAULT_MIN, 0, 100);
        int limit = params.intValue("limit", TmRequest.DEFAULT_LIMIT, 1, 100);
        Level level = params.get("level").map(WebHandler::level).orElse(Level.SENTENCE);
        return new TmRequest(text, min, limit, level, params.get("doc").orElse(null), WebHandler.dates(params));
    }

    private static TmResult lookup(LookupService service, TmRequest req) {
        try {
            return service.lookup(req);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    private static WebHandler.Response respond(List<TmResult> results, QueryParams params, boolean batch) {
        String format = params.get("format").orElse("json");
        StringWriter w = new StringWriter();
        try {
            switch (format) {
                case "json" -> {
                    return WebHandler.Response.json(batch ? TmJson.toJson(results) : TmJson.toJson(results.get(0)));
                }
                case "tmx" -> TmExport.lookupTmx(results, w);
                case "csv" -> TmExport.lookupCsv(results, w);
                default -> throw HttpError.badRequest("parameter 'format' must be json, tmx or csv");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(w.toString(), format);
    }

    private static WebHandler.Response file(String body, String format) {
        return new WebHandler.Response(200, format.equals("tmx") ? "application/xml; charset=utf-8"
                : "text/csv; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), false);
    }
}
