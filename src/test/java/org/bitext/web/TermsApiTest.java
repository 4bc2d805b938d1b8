package org.bitext.web;

import static org.bitext.web.WebTestClient.enc;
import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/terms}: empty before the terms job runs, then the table it writes, without a restart. */
class TermsApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void termTableAppearsWhenTheTermsJobWritesIt(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("index");
        Fixtures.index(Fixtures.corpus(tmp.resolve("corpus")), index, Map.of());
        try (WebServer server = WebServer.start(FacadeLookupService.open(index),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMinutes(1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            WebTestClient http = new WebTestClient(server.uri());
            assertEquals(false, json(http.get("/health").body()).get("terms"));
            assertEquals(List.of(), json(http.get("/api/terms?q=FMCT").body()).get("terms"));

            new TermTable(List.of(
                    new TermPair("禁产条约", "FMCT", TermPair.Kind.ACRONYM, 5, 9.5, "definition", List.of("CD-1937:8"), 0.95),
                    new TermPair("裂变材料", "fissile material", TermPair.Kind.TERM, 4, 7.25, "association",
                            List.of("CD-1937:8", "CD-1937:9"), 0.8),
                    new TermPair("不扩散条约", "NPT", TermPair.Kind.ACRONYM, 3, 6.0, "definition", List.of(), 0.95)))
                    .writeTo(index);

            assertEquals(true, json(http.get("/health").body()).get("terms"));
            Map<String, Object> byEn = json(http.get("/api/terms?q=fmct").body());
            assertEquals(true, byEn.get("available"));
            List<Map<String, Object>> terms = (List<Map<String, Object>>) byEn.get("terms");
            assertEquals(1, terms.size());
            assertEquals("禁产条约", terms.get(0).get("zh"));
            assertEquals("acronym", terms.get(0).get("kind"));
            assertEquals(List.of("CD-1937:8"), terms.get(0).get("examples"));

            // Exact match first, then entries containing the query.
            List<Map<String, Object>> byZh = (List<Map<String, Object>>)
                    json(http.get("/api/terms?q=" + enc("条约")).body()).get("terms");
            assertEquals(List.of("FMCT", "NPT"), byZh.stream().map(t -> t.get("en")).toList());
            List<Map<String, Object>> limited = (List<Map<String, Object>>)
                    json(http.get("/api/terms?q=" + enc("条约") + "&limit=1").body()).get("terms");
            assertEquals(1, limited.size());
        }
    }
}
