package org.bitext.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bitext.align.SentenceAligner;
import org.bitext.read.DocumentPairs;
import org.bitext.text.BadInputException;

/**
 * Finds the indexable sources of a corpus folder (recursively): document pairs ({@code NAME.zh.EXT} +
 * {@code NAME.en.EXT} in any mix of .txt, .pdf, .docx and .doc, UN download names, job-number names paired
 * by the symbol in their masthead: {@link DocumentPairs}) and {@code *.tmx} files. A document without its
 * counterpart is reported, not dropped silently.
 */
public final class CorpusScanner {

    private CorpusScanner() {
    }

    /** The sources of {@code corpusDir}, sorted by key; problems (unpaired files) are added to {@code warnings}. */
    public static List<Source> scan(Path corpusDir, List<String> warnings) {
        if (!Files.isDirectory(corpusDir)) {
            throw new BadInputException(corpusDir, "corpus folder not found");
        }
        List<Path> files;
        Path root = realPath(corpusDir);
        try (Stream<Path> s = Files.walk(corpusDir)) {
            files = s.filter(p -> inside(root, p, warnings)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(corpusDir, "cannot list the corpus folder: " + e.getMessage(), e);
        }
        List<Source> sources = new ArrayList<>();
        // Documents pair within their folder, in any mix of formats (see DocumentPairs for the naming rules).
        Map<Path, List<Path>> documentsByFolder = new TreeMap<>();
        for (Path f : files) {
            String rel = corpusDir.relativize(f).toString().replace('\\', '/');
            if (rel.toLowerCase(Locale.ROOT).endsWith(".tmx")) {
                sources.add(new Source(rel, Source.Kind.TMX, List.of(f), hash("tmx", f)));
            } else if (DocumentPairs.isDocument(f)) {
                documentsByFolder.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
            }
        }
        documentsByFolder.forEach((folder, docs) -> {
            String relDir = corpusDir.relativize(folder).toString().replace('\\', '/');
            for (DocumentPairs.Pair p : DocumentPairs.pair(docs, relDir.isEmpty() ? "" : relDir + "/", warnings)) {
                sources.add(new Source(p.name(), Source.Kind.PAIR, List.of(p.zh(), p.en()),
                        hash("pair " + SentenceAligner.VERSION, p.zh(), p.en())));
            }
        });
        sources.sort(java.util.Comparator.comparing(Source::key));
        return sources;
    }

    /**
     * Whether {@code p} is a regular file to scan: symbolic links are followed only when they stay inside the
     * corpus folder (a link to /etc/passwd is reported, not indexed); devices and FIFOs are skipped.
     */
    private static boolean inside(Path root, Path p, List<String> warnings) {
        if (Files.isSymbolicLink(p)) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                warnings.add(p + ": broken symbolic link; skipped");
                return false;
            }
            if (!target.startsWith(root)) {
                warnings.add(p + ": symbolic link leading outside the corpus folder (" + target + "); not followed");
                return false;
            }
            return Files.isRegularFile(target);
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot read the corpus folder: " + e.getMessage(), e);
        }
    }

    /**
     * Hex SHA-256 of the index format, the kind (for pairs with the aligner's version: a new aligner
     * re-aligns them) and the files' bytes (length-prefixed).
     */
    static String hash(String kind, Path... files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((IndexFolder.FORMAT + "\n" + kind + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                md.update((Files.size(f) + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new BadInputException(files[0], "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
