package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layering of {@link LayeringTest} for the Spark runner's source folder: {@code org.bitext.spark} is an
 * adapter beside {@code bench} (layer 9): it may use the facade and everything below it (the terms core, the
 * writers), never {@code web} or {@code cli}, and nothing in {@code src/main/java} may use it.
 */
class SparkLayeringTest {

    private static final Path SPARK = Path.of("src", "spark", "java");

    static Map<String, Integer> layers() {
        Map<String, Integer> layers = new HashMap<>(LayeringTest.LAYERS);
        layers.put("spark", layers.get("bench"));
        return layers;
    }

    @Test
    void theSparkRunnerUsesOnlyLowerLayers() throws IOException {
        List<String> violations = LayeringTest.violations(SPARK, layers());
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void theCheckSeesTheSparkRunnersDependencies() throws IOException {
        TreeSet<String> to = new TreeSet<>();
        TreeSet<String> from = new TreeSet<>();
        for (String[] e : LayeringTest.edges(SPARK)) {
            from.add(e[1]);
            to.add(e[2]);
        }
        assertEquals(Set.of("spark"), from);
        assertTrue(to.containsAll(Set.of("", "terms", "align", "text")), to.toString());
    }

    @Test
    void nothingInTheMainSourcesUsesTheSparkRunner() throws IOException {
        for (String[] e : LayeringTest.edges(Path.of("src", "main", "java"))) {
            assertTrue(!e[2].equals("spark"), e[0] + " uses " + e[3]);
        }
    }
}
