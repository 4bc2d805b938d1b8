package org.bitext.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.Seeded;
import org.bitext.align.AlignedPair;
import org.bitext.text.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated corpus: deterministic, re-iterable, growing vocabulary, UN-like lengths, planted terms. */
@ExtendWith(Seeded.class)
class ZipfCorpusTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

    @Test
    void iteratingTwiceGivesTheSameUnitsAndRangesAgree(Random random) {
        long seed = random.nextLong();
        ZipfCorpus corpus = new ZipfCorpus(600, seed);
        List<AlignedPair> first = new ArrayList<>();
        corpus.forEachUnit(first::add);
        List<AlignedPair> second = new ArrayList<>();
        corpus.forEachUnit(second::add);
        assertEquals(600, first.size());
        assertEquals(first, second);
        // Any range alone, and a fresh corpus with the same seed, give the same units.
        List<AlignedPair> range = new ArrayList<>();
        corpus.forEachUnit(250, 400, range::add);
        assertEquals(first.subList(250, 400), range);
        assertEquals(first.get(599), new ZipfCorpus(600, seed).unit(599).pair());
        assertEquals(first.get(17), new ZipfCorpus(1_000_000, seed).unit(17).pair());
        // Units are distinct sentences, not one repeated.
        assertTrue(new HashSet<>(first.stream().map(AlignedPair::en).toList()).size() > 590);
    }

    @Test
    void differentSeedsGiveDifferentCorpora(Random random) {
        long seed = random.nextLong();
        ZipfCorpus a = new ZipfCorpus(50, seed);
        ZipfCorpus b = new ZipfCorpus(50, seed + 1);
        int same = 0;
        for (int i = 0; i < 50; i++) {
            if (a.unit(i).pair().en().equals(b.unit(i).pair().en())) {
                same++;
            }
        }
        assertEquals(0, same);
        assertNotEquals(a.planted(), b.planted());
    }

    @Test
    void badRangesAreRefused() {
        ZipfCorpus corpus = new ZipfCorpus(10, 1);
        assertThrows(IllegalArgumentException.class, () -> corpus.unit(10));
        assertThrows(IllegalArgumentException.class, () -> corpus.forEachUnit(5, 11, p -> { }));
        assertThrows(IllegalArgumentException.class, () -> new ZipfCorpus(-1, 1));
    }

    @Test
    void vocabularyKeepsGrowingFromTenThousandToOneHundredThousandUnits() {
        ZipfCorpus corpus = new ZipfCorpus(100_000, 7);
        Set<String> types = new HashSet<>();
        Map<Long, Integer> at = new HashMap<>();
        for (long i = 0; i < corpus.size(); i++) {
            var m = WORD.matcher(corpus.unit(i).pair().en());
            while (m.find()) {
                types.add(m.group().toLowerCase(Locale.ROOT));
            }
            if ((i + 1) % 10_000 == 0) {
                at.put(i + 1, types.size());
            }
        }
        // Heaps' law: every further 10,000 units still bring many new types, and 10x the units bring several
        // times the types (a closed vocabulary would flatten out at its size).
        for (long n = 20_000; n <= 100_000; n += 10_000) {
            int added = at.get(n) - at.get(n - 10_000);
            assertTrue(added > 2_000, "only " + added + " new types in the 10,000 units before " + n);
        }
        double growth = (double) at.get(100_000L) / at.get(10_000L);
        assertTrue(growth > 3.5 && growth < 10, "types grew " + growth + "x from 10k to 100k units: " + at);
    }

    @Test
    void sentenceLengthsAreThoseOfUnText() {
        ZipfCorpus corpus = new ZipfCorpus(5_000, 11);
        long words = 0;
        long han = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (long i = 0; i < corpus.size(); i++) {
            AlignedPair p = corpus.unit(i).pair();
            int n = p.en().trim().split("\\s+").length;
            words += n;
            shortest = Math.min(shortest, n);
            longest = Math.max(longest, n);
            han += p.zh().codePoints().filter(Scripts::isHan).count();
        }
        double mean = (double) words / corpus.size();
        assertTrue(shortest >= ZipfCorpus.MIN_WORDS && longest <= ZipfCorpus.MAX_WORDS,
                "lengths " + shortest + ".." + longest);
        assertTrue(shortest <= 10 && longest >= 50, "lengths should spread: " + shortest + ".." + longest);
        assertTrue(mean >= 24 && mean <= 32, "mean English length " + mean);
        double ratio = (double) han / words;
        assertTrue(ratio >= 1.3 && ratio <= 1.9, "Chinese characters per English word " + ratio);
    }

    @Test
    void plantedTermsOccurWithTheirTranslationAndOnlyWhereRecorded() {
        ZipfCorpus corpus = new ZipfCorpus(3_000, 3);
        List<PlantedTerms.Term> planted = corpus.planted();
        assertEquals(ZipfCorpus.PLANTED, planted.size());
        int acronyms = 0;
        for (PlantedTerms.Term t : planted) {
            int words = t.en().replace(" of ", " ").split(" ").length;
            assertTrue(words >= 2 && words <= 4, t.toString());
            if (t.isAcronym()) {
                acronyms++;
                assertTrue(PlantedTerms.readsBack(t.zh(), t.zhShort()), t.toString());
            }
        }
        assertTrue(acronyms >= 40, acronyms + " acronyms");
        int[] full = new int[planted.size()];
        int defined = 0;
        for (long i = 0; i < corpus.size(); i++) {
            ZipfCorpus.Unit u = corpus.unit(i);
            String en = u.pair().en();
            String zh = u.pair().zh();
            for (int t : u.fullForms()) {
                full[t]++;
                assertTrue(en.contains(planted.get(t).en()) || en.contains(capitalized(planted.get(t).en())), en);
                assertTrue(zh.contains(planted.get(t).zh()), zh);
            }
            Set<Integer> shortForms = new HashSet<>();
            for (int t : u.shortForms()) {
                shortForms.add(t);
                assertTrue(Pattern.compile("\\b" + planted.get(t).acronym() + "\\b").matcher(en).find(), en);
                assertTrue(zh.contains(planted.get(t).zhShort()), zh);
                if (en.contains(planted.get(t).en() + " (" + planted.get(t).acronym() + ")")) {
                    defined++;
                    assertTrue(zh.contains(planted.get(t).zh() + "（" + planted.get(t).zhShort() + "）"), zh);
                }
            }
            // The converse: an acronym in the English is always a recorded planting, with its Chinese.
            for (int t = 0; t < planted.size(); t++) {
                PlantedTerms.Term term = planted.get(t);
                if (term.isAcronym() && Pattern.compile("\\b" + term.acronym() + "\\b").matcher(en).find()) {
                    assertTrue(shortForms.contains(t), term.acronym() + " unrecorded in " + en);
                }
            }
        }
        assertTrue(defined > 50, defined + " definitions");
        // Zipf frequencies: the first terms are far more frequent than the last ones.
        int head = 0;
        int tail = 0;
        for (int t = 0; t < 10; t++) {
            head += full[t];
            tail += full[planted.size() - 1 - t];
        }
        assertTrue(head > 5 * tail, "first ten " + head + ", last ten " + tail);
    }

    @Test
    void translationsAreConsistentWordForWord() {
        ZipfVocabulary v = ZipfVocabulary.get();
        Map<String, Long> en = new HashMap<>();
        Map<String, Long> zh = new HashMap<>();
        for (long rank = 0; rank < 60_000; rank++) {
            Long clash = en.put(v.english(rank), rank);
            assertEquals(null, clash, "English of ranks " + clash + " and " + rank + ": " + v.english(rank));
            clash = zh.put(v.chinese(rank), rank);
            assertEquals(null, clash, "Chinese of ranks " + clash + " and " + rank + ": " + v.chinese(rank));
            assertEquals(v.english(rank), v.english(rank));
            assertFalse(v.chinese(rank).isEmpty());
        }
        // Far tail ranks are still distinct words.
        assertNotEquals(v.english(10_000_000L), v.english(10_000_001L));
        assertNotEquals(v.chinese(10_000_000L), v.chinese(10_000_001L));
    }

    @Test
    void theCorrectTranslationOfATermIsTheGeneratorsOwn(Random random) {
        ZipfCorpus corpus = new ZipfCorpus(10, random.nextLong());
        ZipfVocabulary v = ZipfVocabulary.get();
        for (int i = 0; i < 2_000; i++) {
            long rank = i < 1_000 ? random.nextInt(v.headSize()) : v.headSize() + random.nextInt(50_000_000);
            assertEquals(rank, v.rank(v.english(rank)), v.english(rank));
            if (!corpus.isSubjectName(v.english(rank))) {
                assertEquals(v.chinese(rank), corpus.translation(v.english(rank)), v.english(rank));
            }
        }
        for (PlantedTerms.Term t : corpus.planted()) {
            assertEquals(t.zh(), corpus.translation(t.en()), t.toString());
            if (t.isAcronym()) {
                assertEquals(t.zhShort(), corpus.translation(t.acronym()), t.toString());
            }
        }
        String a = v.english(100);
        String b = v.english(v.headSize() + 7L);
        assertEquals(v.chinese(v.headSize() + 7L) + v.chinese(100), corpus.translation(a + " of " + b));
        assertEquals("大会", corpus.translation("General Assembly"));
        assertTrue(corpus.isSubjectName("report"));
        assertEquals("报告", corpus.translation("report"), "a subject's name takes the subject's translation");
        assertNotEquals("会员国", corpus.translation("Member"));
        assertEquals(null, corpus.translation("qqq " + a));
        assertEquals(-1, v.rank("banana-split"));
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
