package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The English fields analysed once give exactly the tokens of the two analyzers that search and highlight use. */
class EnglishTokensTest {

    @Test
    void replayedFieldsEqualTheAnalyzersOnTheCorpusAndHostileText() throws IOException {
        List<String> texts = new ArrayList<>(
                Files.readAllLines(Path.of("corpus/CD-1937.en.txt"), StandardCharsets.UTF_8));
        texts.add("");
        texts.add("The IAEA's Additional Protocols, ＦＭＣＴ and Oğuz; to be or not to be.");
        texts.add("x".repeat(300) + " of the " + "y".repeat(600) + " treaties"); // over-long tokens leave gaps
        texts.add("a"); // shorter than the text before: nothing of it may be replayed
        EnglishTokens shared = new EnglishTokens();
        int stopGaps = 0;
        for (String text : texts) {
            shared.analyse(text);
            List<String> exact = tokens(shared.exact);
            List<String> stemmed = tokens(shared.stemmed);
            assertEquals(tokens(BitextAnalyzers.englishExact(), text), exact, text);
            assertEquals(tokens(BitextAnalyzers.english(), text), stemmed, text);
            stopGaps += stemmed.stream().filter(t -> !t.endsWith("+1")).count();
        }
        assertTrue(stopGaps > 100, "stop words leave gaps in the stemmed field: " + stopGaps);
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        return tokens(a.tokenStream("f", text));
    }

    /** Each token as term+increment, the stream consumed as IndexWriter does (reset, tokens, end, close). */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
