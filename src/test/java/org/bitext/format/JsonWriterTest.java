package org.bitext.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** The JSON writer: structure, escaping of hostile and exotic text, and refusal of misuse. */
class JsonWriterTest {

    private static final Json PARSER = new Json();

    @Test
    void writesNestedStructure() {
        String json = new JsonWriter().beginObject()
                .field("a", "x").field("n", 3).field("d", 0.5).field("b", true)
                .name("list").beginArray().value(1).beginArray().endArray().beginObject().endObject().nullValue()
                .endArray().endObject().toJson();
        assertEquals("{\"a\":\"x\",\"n\":3,\"d\":0.5,\"b\":true,\"list\":[1,[],{},null]}", json);
    }

    @Test
    void hostileAndExoticStringsRoundTripThroughAParser() {
        List<String> samples = List.of("<script>alert(\"x\")</script>", "\"><img src=x onerror=alert(1)>",
                "back\\slash / slash", "tab\tnew\nline\rcr\u0000nul\u001f", "line\u2028sep\u2029",
                "禁产条约 FMCT", "surrogate pair 𠀀 emoji 😀", "&amp; &lt;");
        for (String s : samples) {
            String json = new JsonWriter().beginObject().field("s", s).endObject().toJson();
            Map<?, ?> parsed = PARSER.toType(json, Map.class);
            assertEquals(s, parsed.get("s"), json);
            assertEquals(-1, json.indexOf('<'), json);
            assertEquals(-1, json.indexOf('>'), json);
            assertEquals(-1, json.indexOf('\n'), json);
            assertEquals(-1, json.indexOf('\u2028'), json);
        }
    }

    @Test
    void keepsChineseReadableAndEscapesLoneSurrogates() {
        assertEquals("禁产条约", JsonWriter.escape("禁产条约"));
        assertEquals("a\\uD800b", JsonWriter.escape("a\uD800b"));
        assertEquals("😀", JsonWriter.escape("😀"));
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        assertEquals("[null,null]", new JsonWriter().beginArray().value(Double.NaN)
                .value(Double.POSITIVE_INFINITY).endArray().toJson());
    }

    @Test
    void misuseIsRefused() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toJson());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").name("b"));
    }
}
