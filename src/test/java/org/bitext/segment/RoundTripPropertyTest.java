package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The round-trip property of the segmenter: spans ordered, non-overlapping and inside their parent; every
 * non-space character of a paragraph in exactly one sentence; and on generated documents (random wraps,
 * blank lines and page furniture) the generated paragraphs and sentences come back exactly.
 */
@ExtendWith(Seeded.class)
class RoundTripPropertyTest {

    private static final String[] EN_WORDS = {"the", "States", "Conference", "nuclear", "non-proliferation",
        "resolution 66/44", "document CD/1299", "No. 5", "A/66/L.1/Rev.1", "(NPT)", "treaty,", "we", "support",
        "para. 3", "e.g.", "i.e.", "Mr. Laajava", "U.S.", "Rev. 1", "of", "and", "disarmament", "2012", "fissile",
        "material", "in", "Geneva", "on", "26-27", "March", "\"verification\"", "regime;", "Article III,", "safeguards"};
    private static final String ZH_CHARS = "我们重申支持经审议大会核可的执行不扩散条约关于建立中东无核武器区决议实际步骤包括";
    private static final String[] ZH_PIECES = {"2012 年", "《不扩散条约》", "，", "(禁产条约)", "第 66/44 号", "CD/1299",
        "、", "“不扩散和裁军倡议”", "8月", "1540号"};
    private static final String[] FURNITURE = {"7", "CD/9999", "GE.12-61234  (C)", "*1261234*", "- 12 -"};

    @Test
    void corpusDocumentsKeepTheProperty() {
        for (String name : List.of("CD-1937.zh.txt", "CD-1937.en.txt")) {
            checkInvariants(Segmenter.segment(GoldAlignment.CORPUS.resolve(name), null, null));
        }
    }

    /** 1 to 12 paragraphs of 1 to 5 sentences each, made by {@code sentence}. */
    private static List<List<String>> paragraphs(Random random, java.util.function.Function<Random, String> sentence) {
        List<List<String>> paragraphs = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int p = 0; p < n; p++) {
            List<String> sentences = new ArrayList<>();
            int k = 1 + random.nextInt(5);
            for (int s = 0; s < k; s++) {
                sentences.add(sentence.apply(random));
            }
            paragraphs.add(sentences);
        }
        return paragraphs;
    }

    @Test
    void generatedEnglishDocumentsRoundTrip(Random random) {
        for (int round = 0; round < 150; round++) {
            List<List<String>> paragraphs = paragraphs(random, RoundTripPropertyTest::englishSentence);
            int n = paragraphs.size();
            String source = render(paragraphs, " ", random, false);
            Document d = Segmenter.segment("gen", source, Language.EN);
            checkInvariants(d);
            assertEquals(n, d.paragraphs().size(), source);
            for (int p = 0; p < n; p++) {
                Paragraph para = d.paragraphs().get(p);
                assertEquals(p + 1, para.number());
                assertEquals(paragraphs.get(p), d.sentenceTexts(para), source);
            }
        }
    }

    @Test
    void generatedChineseDocumentsRoundTrip(Random random) {
        for (int round = 0; round < 150; round++) {
            List<List<String>> paragraphs = paragraphs(random, RoundTripPropertyTest::chineseSentence);
            int n = paragraphs.size();
            String source = render(paragraphs, "", random, true);
            Document d = Segmenter.segment("gen", source, Language.ZH);
            checkInvariants(d);
            assertEquals(n, d.paragraphs().size(), source);
            for (int p = 0; p < n; p++) {
                Paragraph para = d.paragraphs().get(p);
                assertEquals(p + 1, para.number());
                // A wrap may fall on a space ("2012 年"), which the unwrapped text cannot know about.
                assertEquals(paragraphs.get(p).stream().map(RoundTripPropertyTest::nonSpace).toList(),
                        d.sentenceTexts(para).stream().map(RoundTripPropertyTest::nonSpace).toList(), source);
            }
        }
    }

    @Test
    void arbitraryLinesKeepTheProperty(Random random) {
        String alphabet = "ab c1.2。！？”》(Ａ１．)-\t 　我们3CD/19A:；";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = random.nextInt(30);
            for (int i = 0; i < lines; i++) {
                int len = random.nextInt(60);
                if (random.nextInt(5) == 0) {
                    sb.append(random.nextInt(30)).append(random.nextBoolean() ? ". " : "．");
                }
                for (int c = 0; c < len; c++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                sb.append('\n');
            }
            sb.append("x");
            for (Language language : Language.values()) {
                checkInvariants(Segmenter.segment("noise", sb.toString(), language));
            }
        }
    }

    /** Numbered paragraphs wrapped at random widths, with blank lines and furniture between lines. */
    private static String render(List<List<String>> paragraphs, String sentenceGap, Random random, boolean cjk) {
        StringBuilder sb = new StringBuilder("CD/9999\n\nA statement title\n\n");
        int width = cjk ? 20 + random.nextInt(30) : 40 + random.nextInt(50);
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = (p + 1) + (cjk ? ". " : ".\t") + String.join(sentenceGap, paragraphs.get(p));
            for (String line : wrap(text, width, cjk)) {
                sb.append(line).append('\n');
                if (random.nextInt(3) == 0 && cjk) {
                    sb.append('\n');
                }
                if (random.nextInt(12) == 0) {
                    sb.append(FURNITURE[random.nextInt(FURNITURE.length)]).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> wrap(String text, int width, boolean cjk) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (text.length() - start > width) {
            int cut = start + width;
            if (!cjk) {
                while (cut > start && text.charAt(cut) != ' ') {
                    cut--;
                }
                if (cut == start) {
                    cut = text.indexOf(' ', start + width);
                    if (cut < 0) {
                        break;
                    }
                }
            }
            lines.add(text.substring(start, cut));
            start = cjk ? cut : cut + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static String englishSentence(Random r) {
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "We" : "The Conference");
        int words = 3 + r.nextInt(25);
        for (int i = 0; i < words; i++) {
            sb.append(' ').append(EN_WORDS[r.nextInt(EN_WORDS.length)]);
        }
        return sb.append(r.nextInt(6) == 0 ? " in 2013?" : " matters.").toString();
    }

    private static String chineseSentence(Random r) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = r.nextInt(5) == 0;
        if (quoted) {
            sb.append('“');
        }
        int len = 4 + r.nextInt(40);
        for (int i = 0; i < len; i++) {
            if (r.nextInt(8) == 0) {
                sb.append(ZH_PIECES[r.nextInt(ZH_PIECES.length)]);
            } else {
                sb.append(ZH_CHARS.charAt(r.nextInt(ZH_CHARS.length())));
            }
        }
        sb.append("。！？".charAt(r.nextInt(3)));
        return quoted ? sb.append('”').toString() : sb.toString();
    }

    private static String nonSpace(String s) {
        return s.replaceAll("(?U)\\s+", "");
    }

    /** Structural invariants that hold for every document, whatever the input. */
    static void checkInvariants(Document d) {
        int previous = 0;
        List<Span> parents = new ArrayList<>();
        List<List<Sentence>> children = new ArrayList<>();
        d.frontMatter().forEach(b -> {
            parents.add(b.span());
            children.add(b.sentences());
        });
        d.paragraphs().forEach(p -> {
            parents.add(p.span());
            children.add(p.sentences());
        });
        for (int i = 0; i < parents.size(); i++) {
            Span parent = parents.get(i);
            assertTrue(parent.start() >= previous, "parent spans ordered and disjoint: " + parent);
            previous = parent.end();
            int last = parent.start();
            StringBuilder covered = new StringBuilder();
            for (Sentence s : children.get(i)) {
                assertTrue(parent.contains(s.span()) && s.span().start() >= last, "sentence " + s + " in " + parent);
                last = s.span().end();
                String text = d.text(s.span());
                assertEquals(text.strip(), text, "sentence trimmed");
                covered.append(text);
            }
            assertEquals(nonSpace(d.text(parent)), nonSpace(covered.toString()), "nothing lost or duplicated");
        }
        assertTrue(previous <= d.text().length());
    }

    static Path corpus(String name) {
        return GoldAlignment.CORPUS.resolve(name);
    }
}
