package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.text.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus-scale evaluation of the sentence splitters on the Bible bench data in {@code ../shared} (one
 * sentence a line, in text we never tuned for): the lines are run together and the splitter's boundaries
 * are scored against the line ends. Skipped when the data is absent; run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class SentenceSplitEvaluationTest {

    private static final Path BIBLE = Path.of("../shared/bench/bible");
    private static final Pattern END = Pattern.compile("[.?!。？！][\"'”’）)]*$");

    @Test
    void englishBoundaries() throws IOException {
        double f1 = evaluate("001.en", " ", new EnglishSentenceSplitter());
        assertTrue(f1 >= 0.95, "English boundary F1 " + f1);
    }

    @Test
    void chineseBoundaries() throws IOException {
        double f1 = evaluate("001.zh", "", new ChineseSentenceSplitter());
        assertTrue(f1 >= 0.95, "Chinese boundary F1 " + f1);
    }

    private static double evaluate(String name, String joiner, SentenceSplitter splitter) throws IOException {
        Path file = BIBLE.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no bench data at " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        // The lines are verses split further at some colons and semicolons: every line end is a correct
        // boundary, but only those after an end mark (. ? ! 。 ？ ！, closing quotes allowed) are expected.
        StringBuilder text = new StringBuilder();
        Set<Integer> allowed = new HashSet<>();
        Set<Integer> gold = new HashSet<>();
        for (String line : lines) {
            if (!text.isEmpty()) {
                text.append(joiner);
            }
            text.append(line);
            allowed.add(text.length());
            if (END.matcher(line).find()) {
                gold.add(text.length());
            }
        }
        List<Span> spans = new ArrayList<>();
        splitter.split(text, 0, text.length(), spans);
        Set<Integer> found = new HashSet<>();
        spans.forEach(s -> found.add(s.end()));
        double p = found.stream().filter(allowed::contains).count() / (double) found.size();
        double r = gold.stream().filter(found::contains).count() / (double) gold.size();
        double f1 = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "sentence boundaries %s: %d gold, %d found, P=%.3f R=%.3f F1=%.3f%n",
                name, gold.size(), found.size(), p, r, f1);
        return f1;
    }
}
