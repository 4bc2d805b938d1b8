package org.bitext.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.text.BadInputException;
import org.bitext.text.InputFiles;

/**
 * A user's glossary: TSV lines {@code zh<TAB>en[<TAB>anything]}, {@code #} comments and blank lines
 * skipped, an optional {@code zh<TAB>en} header. Bad lines are reported by number and skipped; the rest
 * are used as known pairs that anchor the extraction.
 *
 * @param entries  the usable pairs, in file order
 * @param warnings one message per bad line ({@code FILE: line N: problem})
 */
public record Glossary(List<Entry> entries, List<String> warnings) {

    /** One glossary pair. */
    public record Entry(String zh, String en, int line) {
        public Entry {
            if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
                throw new IllegalArgumentException("glossary entry needs both sides, was '" + zh + "' / '" + en + "'");
            }
        }
    }

    public Glossary {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /** An empty glossary. */
    public static Glossary none() {
        return new Glossary(List.of(), List.of());
    }

    /** Reads a glossary; a missing or undecodable file is bad input, a bad line only a warning. */
    public static Glossary read(Path file) {
        InputFiles.check(file, "glossary");
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String t = line.strip();
                if ((t.isEmpty() && line.indexOf('\t') < 0) || t.startsWith("#")
                        || (lineNo == 1 && t.equalsIgnoreCase("zh\ten"))) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String problem = null;
                if (f.length < 2) {
                    problem = "expected 'zh<TAB>en', found no tab";
                } else if (f.length > 2) {
                    problem = "expected 2 columns 'zh<TAB>en', found " + f.length;
                } else if (f[0].isBlank() || f[1].isBlank()) {
                    problem = "empty " + (f[0].isBlank() ? "Chinese" : "English") + " term";
                } else if (f[0].strip().codePoints().noneMatch(ZhTerms::isHan)) {
                    problem = "Chinese term '" + f[0].strip() + "' has no Chinese characters";
                } else if (f[1].strip().codePoints().noneMatch(Character::isLetter)) {
                    problem = "English term '" + f[1].strip() + "' has no letters";
                }
                if (problem != null) {
                    warnings.add(file + ": line " + lineNo + ": " + problem);
                } else {
                    entries.add(new Entry(ZhTerms.normalize(f[0].strip()), f[1].strip(), lineNo));
                }
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "glossary is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read glossary: " + e.getMessage(), e);
        }
        return new Glossary(entries, warnings);
    }
}
