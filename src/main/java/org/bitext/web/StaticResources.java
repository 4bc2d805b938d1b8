package org.bitext.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, served only from a fixed list of resources packaged in the jar: a request path is
 * looked up in that list, never resolved against a folder, so {@code ..} and its encoded forms cannot reach
 * anything else. Loaded once at start-up and failing loudly when one is missing from the build.
 */
final class StaticResources {

    /** A packaged file with its media type. */
    record Resource(byte[] body, String contentType) {
    }

    private static final String BASE = "/org/bitext/web/static/";

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/", "index.html"),
            Map.entry("/index.html", "index.html"),
            Map.entry("/dom.js", "dom.js"),
            Map.entry("/app.js", "app.js"),
            Map.entry("/app.css", "app.css"),
            Map.entry("/tm.js", "tm.js"),
            Map.entry("/tm.css", "tm.css"),
            Map.entry("/favicon.svg", "favicon.svg"),
            Map.entry("/review.html", "review.html"),
            Map.entry("/review.js", "review.js"),
            Map.entry("/review.css", "review.css"));

    private final Map<String, Resource> byPath;

    private StaticResources(Map<String, Resource> byPath) {
        this.byPath = byPath;
    }

    static StaticResources load() {
        Map<String, Resource> loaded = new HashMap<>();
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            loaded.put(e.getKey(), new Resource(read(e.getValue()), contentType(e.getValue())));
        }
        return new StaticResources(Map.copyOf(loaded));
    }

    /** The resource for an exact request path, or empty. */
    Optional<Resource> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("web page resource " + BASE + name
                        + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web page resource " + BASE + name, e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalStateException("no media type for " + name);
    }
}
