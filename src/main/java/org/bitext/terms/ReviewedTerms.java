package org.bitext.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bitext.lexicon.Glossary;
import org.bitext.text.BadInputException;
import org.bitext.text.OutputFile;

/**
 * The terminologist's decisions on the extracted pairs of one index folder ({@value #FILE_NAME}): one
 * {@link TermReview} per listed pair, the latest decision winning. The next terms run takes the accepted and
 * edited pairs as known pairs (as {@code --glossary} entries are taken) and never lists a rejected pair, or
 * the listed form of an edited one, again; search spots with the resulting term table. Immutable.
 *
 * <p>The file is UTF-8 TSV with the header {@value #HEADER}: {@code zh}/{@code en} the pair kept,
 * {@code listed_zh}/{@code listed_en} the pair as the terms job listed it.
 */
public final class ReviewedTerms {

    /** File name inside the index folder. */
    public static final String FILE_NAME = "reviewed.tsv";
    static final String HEADER = "status\tzh\ten\tlisted_zh\tlisted_en";

    /** By listed pair (zh TAB en), in the order first decided. */
    private final Map<String, TermReview> byListed;

    private ReviewedTerms(Map<String, TermReview> byListed) {
        this.byListed = byListed;
    }

    /** No decisions yet. */
    public static ReviewedTerms none() {
        return new ReviewedTerms(Map.of());
    }

    /** The decisions in the order they were first made. */
    public List<TermReview> reviews() {
        return List.copyOf(byListed.values());
    }

    /** The decision on the listed pair {@code zh}/{@code en}, if any. */
    public Optional<TermReview> decisionOn(String zh, String en) {
        return Optional.ofNullable(byListed.get(key(zh, en)));
    }

    /**
     * The decision that covers a pair of the term table: the one made on it as listed, else an accepted or
     * edited decision that keeps exactly this pair (an edited pair comes back from the next terms run under
     * its new form).
     */
    public Optional<TermReview> decisionFor(TermPair pair) {
        TermReview r = byListed.get(key(pair.zh(), pair.en()));
        if (r != null) {
            return Optional.of(r);
        }
        return byListed.values().stream()
                .filter(d -> d.kept() && d.zh().equals(pair.zh()) && d.en().equals(pair.en())).findFirst();
    }

    /** These decisions with {@code review} added, replacing an earlier decision on the same listed pair. */
    public ReviewedTerms with(TermReview review) {
        Map<String, TermReview> m = new LinkedHashMap<>(byListed);
        m.put(key(review.fromZh(), review.fromEn()), review);
        return new ReviewedTerms(m);
    }

    /**
     * The accepted and edited pairs as glossary entries (line = position in the file), followed by the
     * entries of {@code user} (the {@code --glossary} file), for the terms job's anchors.
     */
    public Glossary asGlossary(Glossary user) {
        List<Glossary.Entry> entries = new ArrayList<>();
        int line = 1;
        for (TermReview r : byListed.values()) {
            line++;
            if (r.kept()) {
                entries.add(new Glossary.Entry(r.zh(), r.en(), line));
            }
        }
        entries.addAll(user.entries());
        return new Glossary(entries, user.warnings());
    }

    /**
     * Whether the terms job must not list {@code pair} again: it was rejected, or edited into another pair.
     */
    public boolean hides(TermPair pair) {
        TermReview r = byListed.get(key(pair.zh(), pair.en()));
        return r != null && (r.status() == TermReview.Status.REJECTED
                || !(r.zh().equals(pair.zh()) && r.en().equals(pair.en())));
    }

    /**
     * The reviewed list for export: every accepted or edited pair, with the kind, frequency and examples of
     * the listed pair when {@code table} still has it, method {@code reviewed} and confidence 1 (a person
     * checked it).
     */
    public List<ExtractedTerm> kept(Optional<TermTable> table) {
        List<ExtractedTerm> out = new ArrayList<>();
        for (TermReview r : byListed.values()) {
            if (!r.kept()) {
                continue;
            }
            Optional<TermPair> listed = table.flatMap(t -> t.byZh(r.fromZh()).stream()
                    .filter(p -> p.en().equals(r.fromEn())).findFirst())
                    .or(() -> table.flatMap(t -> t.byZh(r.zh()).stream()
                            .filter(p -> p.en().equals(r.en())).findFirst()));
            TermPair pair = new TermPair(r.zh(), r.en(), listed.map(TermPair::kind).orElse(TermPair.Kind.TERM),
                    listed.map(TermPair::frequency).orElse(0), listed.map(TermPair::score).orElse(0.0),
                    "reviewed", listed.map(TermPair::examples).orElse(List.of()), 1.0);
            out.add(new ExtractedTerm(pair, "", ""));
        }
        return out;
    }

    /** Reads the decisions of an index folder; none when the file is absent. */
    public static ReviewedTerms readFrom(Path indexDir) {
        Path file = indexDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        ReviewedTerms out = none();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (!HEADER.equals(line)) {
                throw new BadInputException(file, "not a bitext review file (expected the header "
                        + HEADER.replace("\t", "<TAB>") + ")");
            }
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new BadInputException(file, "line " + no + ": expected 5 columns, found " + f.length);
                }
                try {
                    out = out.with(new TermReview(TermReview.Status.parse(f[0]), f[3], f[4], f[1], f[2]));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(file, "line " + no + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the review file: " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes the decisions into an index folder completely or not at all ({@link OutputFile}). */
    public void writeTo(Path indexDir) throws IOException {
        OutputFile.writeText(indexDir.resolve(FILE_NAME), w -> {
            w.write(HEADER);
            w.write('\n');
            for (TermReview r : byListed.values()) {
                w.write(r.status().label() + '\t' + r.zh() + '\t' + r.en() + '\t' + r.fromZh() + '\t' + r.fromEn());
                w.write('\n');
            }
        });
    }

    private static String key(String zh, String en) {
        return zh.strip() + '\t' + en.strip();
    }
}
