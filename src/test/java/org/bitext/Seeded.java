package org.bitext;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For property tests: a test method's {@link Random} parameter gets a new seed on every run, and a failure
 * names the seed ({@code -Dtests.seed=HEX} repeats that run; the same property Lucene's randomized tests
 * read). Fixed seeds would test the same few inputs forever.
 */
public final class Seeded implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Seeded.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Random.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        String given = System.getProperty("tests.seed");
        long seed = given == null || given.isBlank() ? new SecureRandom().nextLong()
                : Long.parseUnsignedLong(given.split(":")[0], 16);
        c.getStore(NS).put("seed", seed);
        return new Random(seed);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext c, Throwable t) throws Throwable {
        Long seed = c.getStore(NS).get("seed", Long.class);
        if (seed == null) {
            throw t;
        }
        String hex = Long.toHexString(seed).toUpperCase(Locale.ROOT);
        AssertionError e = new AssertionError("[seed " + hex + "; repeat with -Dtests.seed=" + hex + "] "
                + t.getMessage(), t);
        e.setStackTrace(t.getStackTrace());
        throw e;
    }
}
