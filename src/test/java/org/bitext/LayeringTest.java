package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers of bitext, bottom to top, and the rule that every dependency in {@code src/main/java}
 * points to the same layer or a lower one. A dependency is an {@code import org.bitext.…} line or a fully
 * qualified {@code org.bitext.pkg.Type} in code (Javadoc, comments and string literals aside). {@code segment} and
 * {@code lexicon} share a layer and are independent: neither imports the other (they never needed to, and
 * keeping them apart keeps the graph trivially acyclic). A new package fails this test until it is given a
 * layer here.
 */
class LayeringTest {

    /** Package (below {@code org.bitext}; "" for the facade's own package) to layer number. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("text", 0),
            Map.entry("read", 1),        // input-format readers: TMX, PDF, DOCX, DOC
            Map.entry("segment", 2),
            Map.entry("lexicon", 2),
            Map.entry("align", 3),
            Map.entry("terms", 4),
            Map.entry("index", 5),       // uses the term table
            Map.entry("format", 6),      // output writers (and readers) of the types below
            Map.entry("", 7),            // org.bitext: the Bitext facade
            Map.entry("web", 8),
            Map.entry("bench", 9),
            Map.entry("cli", 10));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.bitext\\.([\\w.]+);",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.bitext\\.((?:[a-z]\\w*\\.)*)[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void everyDependencyPointsToTheSameOrALowerLayer() throws IOException {
        List<String> violations = violations(MAIN);
        assertTrue(violations.isEmpty(), violations.size() + " dependencies point up:\n"
                + String.join("\n", violations));
    }

    @Test
    void theCheckSeesTheDependenciesItJudges() throws IOException {
        // Without this the test above would pass on a wrong source root or a broken pattern.
        List<String[]> edges = edges(MAIN);
        assertTrue(edges.size() > 200, "only " + edges.size() + " org.bitext dependencies found under " + MAIN);
        TreeSet<String> packages = new TreeSet<>();
        edges.forEach(e -> {
            packages.add(e[1]);
            packages.add(e[2]);
        });
        assertEquals(new TreeSet<>(LAYERS.keySet()), packages, "every layer takes part in the graph");
    }

    static List<String> violations(Path root) throws IOException {
        return violations(root, LAYERS);
    }

    /** As {@link #violations(Path)} with other layers (the Spark runner's source folder adds its own). */
    static List<String> violations(Path root, Map<String, Integer> layers) throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] e : edges(root)) {
            String file = e[0];
            String from = e[1];
            String to = e[2];
            Integer lf = layers.get(from);
            Integer lt = layers.get(to);
            if (lf == null) {
                out.add(file + ": package org.bitext." + from + " has no layer (add it to LayeringTest.LAYERS)");
            } else if (lt == null) {
                out.add(file + ": uses org.bitext." + to + ", which has no layer (add it to LayeringTest.LAYERS)");
            } else if (lt > lf || (lt.equals(lf) && !to.equals(from))) {
                out.add(file + ": " + name(from) + " (layer " + lf + ") uses " + e[3] + " from " + name(to)
                        + " (layer " + lt + ")" + (lt.equals(lf) ? ", a package of its own layer" : ""));
            }
        }
        return out;
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.bitext" : pkg;
    }

    /** {file, from package, to package, referenced name} for every org.bitext dependency (self edges too). */
    static List<String[]> edges(Path root) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Path base = root.resolve("org").resolve("bitext");
        for (Path f : files) {
            Path rel = base.relativize(f.getParent());
            String from = rel.toString().replace(f.getFileSystem().getSeparator(), ".");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String rootName = root.relativize(f).toString();
            for (Matcher m = IMPORT.matcher(text); m.find(); ) {
                out.add(new String[] {rootName, from, packageOf(m.group(1)), "org.bitext." + m.group(1)});
            }
            for (String line : code(text)) {
                for (Matcher m = QUALIFIED.matcher(line); m.find(); ) {
                    String pkg = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                    out.add(new String[] {rootName, from, pkg, "org.bitext." + m.group(1) + "…"});
                }
            }
        }
        return out;
    }

    /** {@code align.Bead} → {@code align}; {@code Bitext} → "" (the facade's package). */
    private static String packageOf(String imported) {
        String[] parts = imported.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String p : parts) {
            if (Character.isUpperCase(p.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(p);
        }
        return pkg.toString();
    }

    /** The lines of code that are not package, import or comment lines (a rough cut, good enough here). */
    private static List<String> code(String text) {
        List<String> out = new ArrayList<>();
        boolean inComment = false;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (inComment) {
                if (t.contains("*/")) {
                    inComment = false;
                }
                continue;
            }
            if (t.startsWith("/*")) {
                inComment = !t.contains("*/");
                continue;
            }
            if (t.startsWith("//") || t.startsWith("import ") || t.startsWith("package ")) {
                continue;
            }
            t = STRING.matcher(t).replaceAll("\"\""); // a class name in a string is no dependency
            int c = t.indexOf("//");
            out.add(c >= 0 ? t.substring(0, c) : t);
        }
        return out;
    }
}
