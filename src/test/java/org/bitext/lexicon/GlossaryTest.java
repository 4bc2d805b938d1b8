package org.bitext.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void goodLinesAreUsedAndBadLinesReportedByNumber() throws IOException {
        Path g = write("terms.tsv", "\uFEFFzh\ten\n"
                + "# UN disarmament terms\n"
                + "禁产条约\tFissile Material Cut-off Treaty (FMCT)\n"
                + "\n"
                + "no tab on this line\n"
                + "筹委会\t\n"
                + "Preparatory Committee\t筹备委员会\n"
                + "NPT\tTreaty on the Non-Proliferation of Nuclear Weapons\n"
                + "审议大会\tReview Conference\textra\n"
                + "不扩散和裁军倡议\tNon-Proliferation and Disarmament Initiative\n");
        List<String> warnings = new ArrayList<>();
        Lexicon lex = Lexicon.fromGlossary(g, warnings);
        assertEquals(Set.of("fissile", "material", "cut", "treaty", "fmct"), lex.english("禁产条约"));
        assertEquals(List.of("Fissile Material Cut-off Treaty (FMCT)"), lex.glosses("禁产条约"));
        assertTrue(lex.english("不扩散和裁军倡议").containsAll(Set.of("proliferation", "disarmament", "initiative")));
        assertEquals(Set.of(), lex.english("禁產條約"), "Traditional text is normalised to Simplified first");
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("line 5:") && warnings.get(0).contains("no tab"), warnings.get(0));
        assertTrue(warnings.get(1).contains("line 6:") && warnings.get(1).contains("empty English"), warnings.get(1));
        assertTrue(warnings.get(2).contains("line 7:") && warnings.get(2).contains("swapped"), warnings.get(2));
        assertTrue(warnings.get(3).contains("line 8:") && warnings.get(3).contains("no Chinese"), warnings.get(3));
        assertTrue(warnings.get(4).contains("line 9:") && warnings.get(4).contains("3"), warnings.get(4));
        assertTrue(warnings.get(0).startsWith(g.toString()), warnings.get(0));
    }

    @Test
    void aLineWithOnlyATabOrAThirdEmptyColumnIsReported() throws IOException {
        Glossary g = Glossary.read(write("odd.tsv", "禁产条约\tFMCT\n\t\n审议大会\tReview Conference\t\n"));
        assertEquals(1, g.entries().size());
        assertEquals(2, g.warnings().size(), g.warnings().toString());
        assertTrue(g.warnings().get(0).contains("line 2:") && g.warnings().get(0).contains("empty"), g.warnings().get(0));
        assertTrue(g.warnings().get(1).contains("line 3:") && g.warnings().get(1).contains("3"), g.warnings().get(1));
    }

    @Test
    void aFolderOrADeviceGivenAsGlossaryIsSaidSo() {
        BadInputException folder = assertThrows(BadInputException.class, () -> Glossary.read(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        BadInputException device = assertThrows(BadInputException.class, () -> Glossary.read(Path.of("/dev/zero")));
        assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
        BadInputException missing = assertThrows(BadInputException.class, () -> Glossary.read(dir.resolve("no.tsv")));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    @Test
    void traditionalTermsAlsoServeSimplifiedText() throws IOException {
        Lexicon lex = Lexicon.fromGlossary(write("tw.tsv", "禁產條約\tFMCT\n審議大會\tReview Conference\n"),
                new ArrayList<>());
        assertEquals(Set.of("fmct"), lex.english("禁产条约"));
        assertEquals(Set.of("fmct"), lex.english("禁產條約"));
        assertEquals(Set.of("review", "conference"), lex.english("审议大会"));
        assertEquals(4, lex.size());
    }

    @Test
    void fileLevelProblemsAreBadInput() throws IOException {
        List<String> w = new ArrayList<>();
        BadInputException missing = assertThrows(BadInputException.class,
                () -> Lexicon.fromGlossary(dir.resolve("absent.tsv"), w));
        assertEquals(dir.resolve("absent.tsv"), missing.file());
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());

        Path gbk = dir.resolve("gbk.tsv");
        Files.write(gbk, "裁军\tdisarmament\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertTrue(assertThrows(BadInputException.class, () -> Lexicon.fromGlossary(gbk, w)).getMessage()
                .contains("not UTF-8"));

        Path empty = write("empty.tsv", "# nothing\n\n");
        assertTrue(assertThrows(BadInputException.class, () -> Lexicon.fromGlossary(empty, w)).getMessage()
                .contains("no term pairs"));

        Path allBad = write("bad.tsv", "one\ntwo\n");
        assertTrue(assertThrows(BadInputException.class, () -> Lexicon.fromGlossary(allBad, w)).getMessage()
                .contains("2 bad lines"));

        assertThrows(BadInputException.class, () -> Lexicon.fromGlossary(dir, w));
    }

    @Test
    void glossaryWinsNothingButAddsToCedict() throws IOException {
        Path g = write("fmct.tsv", "禁产条约\tFMCT\n");
        Lexicon both = Lexicon.cedict().union(Lexicon.fromGlossary(g, new ArrayList<>()));
        String zh = "谈判禁产条约";
        assertEquals(List.of("谈判", "禁产条约"), both.words(zh).stream().map(s -> s.of(zh)).toList());
        assertEquals(Set.of("fmct"), both.english("禁产条约"));
    }
}
