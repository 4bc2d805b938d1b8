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
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bitext.align.SentenceAligner;
import org.bitext.text.BadInputException;
import org.bitext.text.DocumentNames;

/**
 * Finds the indexable sources of a corpus folder (recursively): document pairs {@code NAME.zh.txt} +
 * {@code NAME.en.txt} and {@code *.tmx} files. A text without its counterpart is reported, not dropped
 * silently.
 */
public final class CorpusScanner {

    private static final String ZH_SUFFIX = ".zh.txt";
    private static final String EN_SUFFIX = ".en.txt";

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
        Map<String, Path> keys = new HashMap<>();
        java.util.Set<Path> present = new java.util.HashSet<>(files);
        for (Path f : files) {
            String rel = corpusDir.relativize(f).toString().replace('\\', '/');
            String lower = rel.toLowerCase(Locale.ROOT);
            if (lower.endsWith(ZH_SUFFIX)) {
                String name = DocumentNames.of(rel);
                Path en = f.resolveSibling(f.getFileName().toString()
                        .substring(0, f.getFileName().toString().length() - ZH_SUFFIX.length()) + EN_SUFFIX);
                Path other = keys.putIfAbsent(name.toLowerCase(Locale.ROOT), f);
                if (other != null) {
                    // Same name but for case (CD-1937.ZH.TXT beside CD-1937.zh.txt): one document, two files.
                    warnings.add(f + ": same document name as " + other + " but for case; skipped");
                } else if (present.contains(en)) {
                    sources.add(new Source(name, Source.Kind.PAIR, List.of(f, en), hash("pair " + SentenceAligner.VERSION, f, en)));
                } else {
                    warnings.add(f + ": no English counterpart " + en.getFileName() + "; skipped");
                }
            } else if (lower.endsWith(EN_SUFFIX)) {
                Path zh = f.resolveSibling(f.getFileName().toString()
                        .substring(0, f.getFileName().toString().length() - EN_SUFFIX.length()) + ZH_SUFFIX);
                if (!present.contains(zh)) {
                    warnings.add(f + ": no Chinese counterpart " + zh.getFileName() + "; skipped");
                }
            } else if (lower.endsWith(".tmx")) {
                sources.add(new Source(rel, Source.Kind.TMX, List.of(f), hash("tmx", f)));
            }
        }
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
