package org.bitext.web;

import java.util.Map;

/**
 * The JDK HTTP server's connection limits, set before its first use. {@code com.sun.net.httpserver} reads
 * them once from system properties (its {@code sun.net.httpserver.ServerConfig}, JDK 21 to 25); without
 * them a request's headers may take forever to arrive and connections are unbounded. A value given on the
 * command line ({@code -Dsun.net.httpserver.maxReqTime=...} in {@code BITEXT_JAVA_OPTS}) wins.
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.maxReqTime} (seconds): the request line and headers must arrive within it,
 *       or the connection is closed (slowloris); also how long a new connection may stay silent (JDK 21+).
 *   <li>{@code sun.net.httpserver.maxRspTime} (seconds): a response must be taken by the client within it.
 *   <li>{@code sun.net.httpserver.idleInterval} (seconds): an idle keep-alive connection is closed after it.
 *   <li>{@code jdk.httpserver.maxConnections}: connections open at once; more wait in the accept queue.
 *   <li>{@code sun.net.httpserver.maxReqHeaders}: header lines per request.
 * </ul>
 */
final class ServerLimits {

    static final Map<String, String> DEFAULTS = Map.of(
            "sun.net.httpserver.maxReqTime", "5",
            "sun.net.httpserver.maxRspTime", "30",
            "sun.net.httpserver.idleInterval", "30",
            "jdk.httpserver.maxConnections", "1000",
            "sun.net.httpserver.maxReqHeaders", "100");

    private ServerLimits() {
    }

    /** Sets every limit not already set; must run before the first {@code HttpServer} is created. */
    static void apply() {
        DEFAULTS.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
    }
}
