package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.align.AlignmentEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext eval GOLD TEST [GOLD TEST ...]}: strict and lax P/R/F1 of beads files, pooled. */
@Command(name = "eval", description = "Score alignments (beads files) against gold: strict and lax P/R/F1.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "GOLD TEST", description = "Pairs of gold and test beads files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        AlignmentEval.Scores s = Bitext.evaluate(files);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "strict  P %.3f  R %.3f  F1 %.3f%n", s.strictPrecision(), s.strictRecall(), s.strictF1());
        out.printf(Locale.ROOT, "lax     P %.3f  R %.3f  F1 %.3f%n", s.laxPrecision(), s.laxRecall(), s.laxF1());
        out.printf(Locale.ROOT, "beads   gold %d  test %d (1-0 and 0-1 ignored)%n", s.goldBeads(), s.testBeads());
        out.flush();
        return 0;
    }
}
